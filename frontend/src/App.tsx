import { Suspense, lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import enUS from 'antd/es/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { useTranslation } from 'react-i18next';
import i18n from './i18n';
import { withCaseworkTexts } from './i18n/casework';
import { withIncubationTexts } from './i18n/incubation';
import { withGrantTexts } from './i18n/grants';
import { withGrantStaffTexts } from './i18n/grantsStaff';
import { withPartyTexts } from './i18n/party';
import { withPartyWorkTexts } from './i18n/partyWork';
import type { Client } from 'urql';
import { ApiProvider } from './api/ApiProvider';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { RequireAuth } from './auth/RequireAuth';
import { homePath } from './auth/permissions';
import { AppLayout } from './layout/AppLayout';
import { Loading } from './components/States';
import LoginPage from './pages/LoginPage';
import { theme } from './theme';

const OrganizationListPage = lazy(() => import('./pages/org/OrganizationListPage'));
// The organisation pages show the organisation's cases (OrganizationCasesCard): casework texts too.
const OrganizationDetailPage = lazy(withCaseworkTexts(() => import('./pages/org/OrganizationDetailPage')));
const OrganizationCreatePage = lazy(() => import('./pages/org/OrganizationCreatePage'));
const OrganizationEditPage = lazy(() => import('./pages/org/OrganizationEditPage'));
const MyOrganizationPage = lazy(withCaseworkTexts(() => import('./pages/org/MyOrganizationPage')));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage'));
const DomainsPage = lazy(() => import('./pages/domains/DomainsPage'));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const NotificationsPage = lazy(() => import('./pages/notifications/NotificationsPage'));
// Casework pages bring their texts along (see i18n/casework.ts).
const MyCasesPage = lazy(withCaseworkTexts(() => import('./pages/casework/MyCasesPage')));
const CasePage = lazy(withCaseworkTexts(() => import('./pages/casework/CasePage')));
const WorkbenchPage = lazy(withCaseworkTexts(() => import('./pages/casework/WorkbenchPage')));
const ConsultationInboxPage = lazy(withCaseworkTexts(() => import('./pages/casework/ConsultationInboxPage')));
const StatisticsPage = lazy(withCaseworkTexts(() => import('./pages/casework/StatisticsPage')));
const ServiceItemsPage = lazy(withCaseworkTexts(() => import('./pages/admin/serviceItems/ServiceItemsPage')));
const CalendarPage = lazy(withCaseworkTexts(() => import('./pages/admin/CalendarPage')));
// Incubation pages bring their texts along (see i18n/incubation.ts).
const SpaceBoardPage = lazy(withIncubationTexts(() => import('./pages/incubation/SpaceBoardPage')));
const TenanciesPage = lazy(withIncubationTexts(() => import('./pages/incubation/TenanciesPage')));
const TenancyPage = lazy(withIncubationTexts(() => import('./pages/incubation/TenancyPage')));
const WaitlistPage = lazy(withIncubationTexts(() => import('./pages/incubation/WaitlistPage')));
const IncubationSettingsPage = lazy(withIncubationTexts(() => import('./pages/incubation/SettingsPage')));
const IncubationStatsPage = lazy(withIncubationTexts(() => import('./pages/incubation/StatsPage')));
const MyIncubationPage = lazy(withIncubationTexts(() => import('./pages/incubation/ngo/MyIncubationPage')));
// Venture-grant pages bring their texts along (see i18n/grants.ts); the staff
// and expert pages also their own (i18n/grantsStaff.ts), and the shared ones
// (phases, statuses, <Money/>) as well.
const OpenCallsPage = lazy(withGrantTexts(() => import('./pages/grants/ngo/OpenCallsPage')));
const PublicGrantsPage = lazy(withGrantTexts(() => import('./pages/grants/public/PublicGrantsPage')));
const GrantFundsPage = lazy(withGrantStaffTexts(withGrantTexts(() => import('./pages/grants/staff/FundsPage'))));
const GrantCallsPage = lazy(withGrantStaffTexts(withGrantTexts(() => import('./pages/grants/staff/CallsPage'))));
const GrantCallPage = lazy(withGrantStaffTexts(withGrantTexts(() => import('./pages/grants/staff/CallPage'))));
const ReviewQueuePage = lazy(withGrantStaffTexts(withGrantTexts(() => import('./pages/grants/expert/ReviewQueuePage'))));
const ReviewPage = lazy(withGrantStaffTexts(withGrantTexts(() => import('./pages/grants/expert/ReviewPage'))));
// The party committee's pages bring the party texts along (see i18n/party.ts).
const PartyDashboardPage = lazy(withPartyTexts(() => import('./pages/party/committee/DashboardPage')));
const PartyCoveragePage = lazy(withPartyTexts(() => import('./pages/party/committee/CoveragePage')));
const PartyOrgCoveragePage = lazy(withPartyTexts(() => import('./pages/party/committee/OrgCoveragePage')));
const PartyOfficersPage = lazy(withPartyTexts(() => import('./pages/party/committee/OfficersPage')));
const PartyOrganizationsPage = lazy(withPartyTexts(() => import('./pages/party/committee/OrganizationsPage')));
const PartySettingsPage = lazy(withPartyTexts(() => import('./pages/party/committee/SettingsPage')));
const PartyVolunteersPage = lazy(withPartyTexts(() => import('./pages/party/committee/VolunteersPage')));
// The guidance officer's and the NGO's party pages: the shared party terms and their own texts (i18n/partyWork.ts).
const OfficerHomePage = lazy(withPartyWorkTexts(withPartyTexts(() => import('./pages/party/officer/OfficerHomePage'))));
const VisitFormPage = lazy(withPartyWorkTexts(withPartyTexts(() => import('./pages/party/officer/VisitFormPage'))));
const ActivityFormPage = lazy(withPartyWorkTexts(withPartyTexts(() => import('./pages/party/officer/ActivityFormPage'))));
const ActivityPage = lazy(withPartyWorkTexts(withPartyTexts(() => import('./pages/party/officer/ActivityPage'))));
const MyPartyPage = lazy(withPartyWorkTexts(withPartyTexts(() => import('./pages/party/ngo/MyPartyPage'))));

function HomeRedirect() {
  const { state } = useAuth();
  if (state.status !== 'authenticated') return <Loading />;
  return <Navigate to={homePath(state.caps)} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        {/* Public: no login (publicGrantCalls needs none). */}
        <Route path="/public/grants" element={<PublicGrantsPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomeRedirect />} />
          <Route path="home" element={<HomePage />} />
          <Route
            path="organizations"
            element={
              <RequireAuth cap="org.list">
                <OrganizationListPage />
              </RequireAuth>
            }
          />
          <Route
            path="organizations/new"
            element={
              <RequireAuth cap="org.create">
                <OrganizationCreatePage />
              </RequireAuth>
            }
          />
          <Route
            path="organizations/:id"
            element={
              <RequireAuth cap={['org.list', 'org.own']}>
                <OrganizationDetailPage />
              </RequireAuth>
            }
          />
          <Route
            path="organizations/:id/edit"
            element={
              <RequireAuth cap={['org.edit', 'org.own']}>
                <OrganizationEditPage />
              </RequireAuth>
            }
          />
          <Route
            path="my-organization"
            element={
              <RequireAuth cap="org.own">
                <MyOrganizationPage />
              </RequireAuth>
            }
          />
          <Route
            path="admin/users"
            element={
              <RequireAuth cap="user.manage">
                <UsersPage />
              </RequireAuth>
            }
          />
          <Route
            path="admin/domains"
            element={
              <RequireAuth cap="domain.manage">
                <DomainsPage />
              </RequireAuth>
            }
          />
          <Route
            path="admin/audit"
            element={
              <RequireAuth cap="audit.view">
                <AuditPage />
              </RequireAuth>
            }
          />
          <Route
            path="cases"
            element={
              <RequireAuth cap="case.readOwn">
                <MyCasesPage />
              </RequireAuth>
            }
          />
          {/* Applicants, staff and consulted units alike: the server decides who sees a case. */}
          <Route path="cases/:id" element={<CasePage />} />
          <Route
            path="workbench"
            element={
              <RequireAuth cap={['case.handle', 'case.decide']}>
                <WorkbenchPage />
              </RequireAuth>
            }
          />
          <Route path="consultations" element={<ConsultationInboxPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route
            path="statistics"
            element={
              <RequireAuth cap="case.read">
                <StatisticsPage />
              </RequireAuth>
            }
          />
          <Route
            path="admin/service-items"
            element={
              <RequireAuth cap="serviceItem.manage">
                <ServiceItemsPage />
              </RequireAuth>
            }
          />
          <Route
            path="admin/calendar"
            element={
              <RequireAuth cap={['calendar.update', 'serviceItem.manage']}>
                <CalendarPage />
              </RequireAuth>
            }
          />
          <Route
            path="incubation"
            element={
              <RequireAuth cap="incubation.read">
                <SpaceBoardPage />
              </RequireAuth>
            }
          />
          <Route
            path="incubation/tenancies"
            element={
              <RequireAuth cap="incubation.read">
                <TenanciesPage />
              </RequireAuth>
            }
          />
          {/* Staff, party officers and the tenant's own members: the server decides who sees a tenancy. */}
          <Route
            path="incubation/tenancies/:id"
            element={
              <RequireAuth cap={['incubation.read', 'incubation.own']}>
                <TenancyPage />
              </RequireAuth>
            }
          />
          <Route
            path="incubation/waitlist"
            element={
              <RequireAuth cap="incubation.read">
                <WaitlistPage />
              </RequireAuth>
            }
          />
          <Route
            path="incubation/settings"
            element={
              <RequireAuth cap="incubation.manage">
                <IncubationSettingsPage />
              </RequireAuth>
            }
          />
          <Route
            path="incubation/stats"
            element={
              <RequireAuth cap="incubation.read">
                <IncubationStatsPage />
              </RequireAuth>
            }
          />
          <Route
            path="incubation/my"
            element={
              <RequireAuth cap="incubation.own">
                <MyIncubationPage />
              </RequireAuth>
            }
          />
          <Route
            path="grants"
            element={
              <RequireAuth cap="grant.apply">
                <OpenCallsPage />
              </RequireAuth>
            }
          />
          <Route
            path="grants/funds"
            element={
              <RequireAuth cap="grant.funds">
                <GrantFundsPage />
              </RequireAuth>
            }
          />
          <Route
            path="grants/calls"
            element={
              <RequireAuth cap="grant.manage">
                <GrantCallsPage />
              </RequireAuth>
            }
          />
          <Route
            path="grants/calls/:id"
            element={
              <RequireAuth cap="grant.manage">
                <GrantCallPage />
              </RequireAuth>
            }
          />
          <Route
            path="reviews"
            element={
              <RequireAuth cap="review.own">
                <ReviewQueuePage />
              </RequireAuth>
            }
          />
          <Route
            path="reviews/:id"
            element={
              <RequireAuth cap="review.own">
                <ReviewPage />
              </RequireAuth>
            }
          />
          {/* The party committee's pages (party:read; writes need party:update). */}
          <Route
            path="party"
            element={
              <RequireAuth cap="party.read">
                <PartyDashboardPage />
              </RequireAuth>
            }
          />
          <Route
            path="party/coverage"
            element={
              <RequireAuth cap="party.read">
                <PartyCoveragePage />
              </RequireAuth>
            }
          />
          <Route
            path="party/coverage/:orgId"
            element={
              <RequireAuth cap="party.read">
                <PartyOrgCoveragePage />
              </RequireAuth>
            }
          />
          <Route
            path="party/officers"
            element={
              <RequireAuth cap="party.read">
                <PartyOfficersPage />
              </RequireAuth>
            }
          />
          <Route
            path="party/organizations"
            element={
              <RequireAuth cap="party.read">
                <PartyOrganizationsPage />
              </RequireAuth>
            }
          />
          <Route
            path="party/settings"
            element={
              <RequireAuth cap="party.read">
                <PartySettingsPage />
              </RequireAuth>
            }
          />
          <Route
            path="party/volunteers"
            element={
              <RequireAuth cap="party.read">
                <PartyVolunteersPage />
              </RequireAuth>
            }
          />
          {/* The guidance officer's work, and the NGO's own party building. */}
          <Route
            path="party/officer"
            element={
              <RequireAuth cap="party.assigned">
                <OfficerHomePage />
              </RequireAuth>
            }
          />
          <Route
            path="party/visits/new"
            element={
              <RequireAuth cap={['party.assigned', 'party.manage']}>
                <VisitFormPage />
              </RequireAuth>
            }
          />
          <Route
            path="party/activities/new"
            element={
              <RequireAuth cap={['party.assigned', 'party.manage']}>
                <ActivityFormPage />
              </RequireAuth>
            }
          />
          {/* The committee, bureau admins, officers and the organisations involved: the server decides who sees it. */}
          <Route
            path="party/activities/:id"
            element={
              <RequireAuth cap={['party.read', 'party.assigned', 'party.own']}>
                <ActivityPage />
              </RequireAuth>
            }
          />
          <Route
            path="party/my"
            element={
              <RequireAuth cap="party.own">
                <MyPartyPage />
              </RequireAuth>
            }
          />
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}

// dayjs (used by antd's date pickers) follows the i18next language.
function syncDayjs(lng: string | undefined) {
  dayjs.locale(lng === 'en' ? 'en' : 'zh-cn');
}
syncDayjs(i18n.language);
i18n.on('languageChanged', syncDayjs);

/** antd's own texts follow the i18next language. */
export function LocaleProvider({ children }: { children: React.ReactNode }) {
  const { i18n: instance } = useTranslation();
  const zh = instance.language !== 'en';
  return (
    <ConfigProvider locale={zh ? zhCN : enUS} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export function App({ client }: { client?: Client }) {
  return (
    <LocaleProvider>
      <ApiProvider client={client}>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </ApiProvider>
    </LocaleProvider>
  );
}
