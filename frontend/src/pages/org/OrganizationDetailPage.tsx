import { useParams } from 'react-router-dom';
import { useMe } from '../../auth/AuthProvider';
import { OrganizationDetail } from './OrganizationDetail';

export default function OrganizationDetailPage() {
  const { id = '' } = useParams();
  const { caps, user } = useMe();
  const own = (user.memberships ?? []).some((m) => m.organization.id === id);
  return (
    <OrganizationDetail
      id={id}
      canEdit={caps.has('org.edit') || (own && caps.has('org.own'))}
      withMembers={caps.has('org.edit') || own}
      showBack
    />
  );
}
