import { useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { App as AntApp, Badge, Button, Drawer, Dropdown, Grid, Layout, Menu, Typography, type MenuProps } from 'antd';
import {
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CommentOutlined,
  DesktopOutlined,
  DownOutlined,
  FileTextOutlined,
  GlobalOutlined,
  ProfileOutlined,
  HomeOutlined,
  KeyOutlined,
  LogoutOutlined,
  MenuOutlined,
  TeamOutlined,
  UserOutlined,
  AppstoreOutlined,
  ShopOutlined,
  OrderedListOutlined,
  LineChartOutlined,
  SettingOutlined,
  RocketOutlined,
  GiftOutlined,
  SolutionOutlined,
  AccountBookOutlined,
  FormOutlined,
  FlagOutlined,
  PieChartOutlined,
  TableOutlined,
  IdcardOutlined,
  ApartmentOutlined,
  HeartOutlined,
  ControlOutlined,
  CompassOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe, useAuth } from '../auth/AuthProvider';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { NotificationBell } from '../components/notifications/NotificationBell';
import { usePendingConsultations } from './usePendingConsultations';
import { bureauLabel, useActingDomain } from '../pages/domains/domainApi';
import { DomainSwitcher } from '../pages/domains/DomainSwitcher';

const { Header, Sider, Content, Footer } = Layout;

function Logo({ collapsed }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" className="app-logo" aria-label={t('app.title')}>
      <span className="app-logo__mark" aria-hidden>
        孵
      </span>
      {collapsed ? null : <span className="app-logo__text">{t('app.shortTitle')}</span>}
    </Link>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const { caps, user } = useMe();
  const { logout } = useAuth();
  const { message } = AntApp.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const isMobile = !screens.lg;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const pendingConsultations = usePendingConsultations(user.id);
  const crossDomain = caps.has('domain.manage');
  const { acting, domains } = useActingDomain(crossDomain);
  const bureau = bureauLabel(acting, t('app.bureau'));

  const items = useMemo(() => {
    const out: NonNullable<MenuProps['items']> = [];
    if (caps.has('org.list')) {
      out.push({ key: '/organizations', icon: <BankOutlined />, label: <Link to="/organizations">{t('nav.organizations')}</Link> });
    }
    if (caps.has('org.own')) {
      out.push({ key: '/my-organization', icon: <HomeOutlined />, label: <Link to="/my-organization">{t('nav.myOrganization')}</Link> });
    }
    const casework: NonNullable<MenuProps['items']> = [];
    if (caps.has('case.readOwn')) {
      casework.push({ key: '/cases', icon: <FileTextOutlined />, label: <Link to="/cases">{t('nav.myCases')}</Link> });
    }
    if (caps.has('case.handle') || caps.has('case.decide')) {
      casework.push({ key: '/workbench', icon: <DesktopOutlined />, label: <Link to="/workbench">{t('nav.workbench')}</Link> });
    }
    if (pendingConsultations > 0) {
      casework.push({
        key: '/consultations',
        icon: <CommentOutlined />,
        label: (
          <Link to="/consultations">
            {t('nav.consultations')} <Badge count={pendingConsultations} size="small" />
          </Link>
        ),
      });
    }
    if (caps.has('case.read')) {
      casework.push({ key: '/statistics', icon: <BarChartOutlined />, label: <Link to="/statistics">{t('nav.statistics')}</Link> });
    }
    if (casework.length > 0) {
      out.push({ type: 'group', key: 'casework', label: t('nav.casework'), children: casework });
    }
    const incubation: NonNullable<MenuProps['items']> = [];
    if (caps.has('incubation.read')) {
      incubation.push({ key: '/incubation', icon: <AppstoreOutlined />, label: <Link to="/incubation">{t('nav.incBoard')}</Link> });
      incubation.push({ key: '/incubation/tenancies', icon: <ShopOutlined />, label: <Link to="/incubation/tenancies">{t('nav.incTenants')}</Link> });
      incubation.push({ key: '/incubation/waitlist', icon: <OrderedListOutlined />, label: <Link to="/incubation/waitlist">{t('nav.incWaitlist')}</Link> });
      incubation.push({ key: '/incubation/stats', icon: <LineChartOutlined />, label: <Link to="/incubation/stats">{t('nav.incStats')}</Link> });
    }
    if (caps.has('incubation.manage')) {
      incubation.push({ key: '/incubation/settings', icon: <SettingOutlined />, label: <Link to="/incubation/settings">{t('nav.incSettings')}</Link> });
    }
    if (caps.has('incubation.own')) {
      incubation.push({ key: '/incubation/my', icon: <RocketOutlined />, label: <Link to="/incubation/my">{t('nav.incMy')}</Link> });
    }
    if (incubation.length > 0) {
      out.push({ type: 'group', key: 'incubation', label: t('nav.incubation'), children: incubation });
    }
    const grants: NonNullable<MenuProps['items']> = [];
    if (caps.has('grant.apply')) {
      grants.push({ key: '/grants', icon: <GiftOutlined />, label: <Link to="/grants">{t('nav.grantApply')}</Link> });
    }
    if (caps.has('grant.manage')) {
      grants.push({ key: '/grants/calls', icon: <SolutionOutlined />, label: <Link to="/grants/calls">{t('nav.grantCalls')}</Link> });
    }
    if (caps.has('grant.funds')) {
      grants.push({ key: '/grants/funds', icon: <AccountBookOutlined />, label: <Link to="/grants/funds">{t('nav.grantFunds')}</Link> });
    }
    if (caps.has('review.own')) {
      grants.push({ key: '/reviews', icon: <FormOutlined />, label: <Link to="/reviews">{t('nav.reviews')}</Link> });
    }
    if (grants.length > 0) {
      out.push({ type: 'group', key: 'grants', label: t('nav.grants'), children: grants });
    }
    const party: NonNullable<MenuProps['items']> = [];
    if (caps.has('party.read')) {
      party.push({ key: '/party', icon: <PieChartOutlined />, label: <Link to="/party">{t('nav.partyDashboard')}</Link> });
      party.push({ key: '/party/coverage', icon: <TableOutlined />, label: <Link to="/party/coverage">{t('nav.partyCoverage')}</Link> });
      party.push({ key: '/party/officers', icon: <IdcardOutlined />, label: <Link to="/party/officers">{t('nav.partyOfficers')}</Link> });
      party.push({
        key: '/party/organizations',
        icon: <ApartmentOutlined />,
        label: <Link to="/party/organizations">{t('nav.partyOrganizations')}</Link>,
      });
      party.push({ key: '/party/volunteers', icon: <HeartOutlined />, label: <Link to="/party/volunteers">{t('nav.partyVolunteers')}</Link> });
    }
    if (caps.has('party.manage')) {
      party.push({ key: '/party/settings', icon: <ControlOutlined />, label: <Link to="/party/settings">{t('nav.partySettings')}</Link> });
    }
    if (caps.has('party.assigned')) {
      party.push({ key: '/party/officer', icon: <CompassOutlined />, label: <Link to="/party/officer">{t('nav.partyOfficer')}</Link> });
    }
    if (caps.has('party.own')) {
      party.push({ key: '/party/my', icon: <FlagOutlined />, label: <Link to="/party/my">{t('nav.partyMy')}</Link> });
    }
    if (party.length > 0) {
      out.push({ type: 'group', key: 'party', label: t('nav.party'), children: party });
    }
    const admin: NonNullable<MenuProps['items']> = [];
    if (caps.has('serviceItem.manage')) {
      admin.push({
        key: '/admin/service-items',
        icon: <ProfileOutlined />,
        label: <Link to="/admin/service-items">{t('nav.serviceItems')}</Link>,
      });
    }
    if (caps.has('calendar.update') || caps.has('serviceItem.manage')) {
      admin.push({ key: '/admin/calendar', icon: <CalendarOutlined />, label: <Link to="/admin/calendar">{t('nav.calendar')}</Link> });
    }
    if (caps.has('user.manage')) {
      admin.push({ key: '/admin/users', icon: <TeamOutlined />, label: <Link to="/admin/users">{t('nav.users')}</Link> });
    }
    if (caps.has('domain.manage')) {
      admin.push({ key: '/admin/domains', icon: <GlobalOutlined />, label: <Link to="/admin/domains">{t('nav.domains')}</Link> });
    }
    if (caps.has('audit.view')) {
      admin.push({ key: '/admin/audit', icon: <AuditOutlined />, label: <Link to="/admin/audit">{t('nav.audit')}</Link> });
    }
    if (admin.length > 0) {
      out.push({ type: 'group', key: 'admin', label: t('nav.admin'), children: admin });
    }
    return out;
  }, [caps, t, pendingConsultations]);

  const allKeys = [
    '/organizations',
    '/my-organization',
    '/cases',
    '/workbench',
    '/consultations',
    '/statistics',
    '/admin/users',
    '/admin/audit',
    '/admin/domains',
    '/admin/service-items',
    '/admin/calendar',
    '/grants/calls',
    '/grants/funds',
    '/reviews',
    '/party/coverage',
    '/party/officers',
    '/party/organizations',
    '/party/volunteers',
    '/party/settings',
    '/party/officer',
    '/party/my',
  ];
  const selected = allKeys.filter((k) => location.pathname === k || location.pathname.startsWith(k + '/'));
  // '/grants' is the NGO's page only, not a prefix of the staff pages under it.
  if (location.pathname === '/grants') selected.push('/grants');
  // '/party' is the committee's dashboard only; an officer's visit and activity pages belong to their work.
  if (location.pathname === '/party') selected.push('/party');
  if (/^\/party\/(visits|activities)(\/|$)/.test(location.pathname)) selected.push(caps.has('party.assigned') ? '/party/officer' : '/party/my');

  const menu = (
    <nav aria-label={t('app.title')} data-testid="main-nav">
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={selected}
        items={items}
        onClick={() => setDrawerOpen(false)}
      />
    </nav>
  );

  const onUserMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') navigate('/account/password');
    if (key === 'logout') {
      void logout().then(() => {
        message.success(t('login.loggedOut'));
        navigate('/login', { replace: true });
      });
    }
  };

  return (
    <Layout className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={256}
          styles={{ body: { padding: 0, background: '#001529' }, header: { display: 'none' } }}
        >
          <Logo />
          {menu}
        </Drawer>
      ) : (
        <Sider width={208} className="app-sider" theme="dark">
          <Logo />
          {menu}
        </Sider>
      )}
      <Layout>
        <Header className="app-header">
          {isMobile ? (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('nav.openMenu')}
              onClick={() => setDrawerOpen(true)}
              data-testid="open-menu"
            />
          ) : null}
          <Typography.Text className="app-header__title" ellipsis>
            {isMobile ? bureau : `${bureau} · ${t('app.title')}`}
          </Typography.Text>
          <div className="app-header__right">
            {crossDomain ? <DomainSwitcher actingId={acting?.id ?? null} domains={domains} /> : null}
            <LanguageSwitch />
            <NotificationBell />
            <Dropdown
              trigger={['click']}
              menu={{
                onClick: onUserMenu,
                items: [
                  { key: 'password', icon: <KeyOutlined />, label: t('nav.changePassword') },
                  { type: 'divider' },
                  { key: 'logout', icon: <LogoutOutlined />, label: t('nav.logout'), danger: true },
                ],
              }}
            >
              <Button type="text" aria-label={t('nav.userMenu', { name: user.displayName })} data-testid="user-menu">
                <UserOutlined aria-hidden />
                {isMobile ? null : <span className="app-header__user">{user.displayName}</span>}
                <DownOutlined aria-hidden />
              </Button>
            </Dropdown>
          </div>
        </Header>
        <Content id="main-content" className="app-content" tabIndex={-1}>
          <Outlet />
        </Content>
        <Footer className="app-footer">{bureau} · {t('app.title')}</Footer>
      </Layout>
    </Layout>
  );
}
