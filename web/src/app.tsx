// The app: who is signed in, the frame (header, navigation by role, language), and which screen the
// address asks for. A screen the role has no use for is not in the navigation and answers "not found".
import { useEffect, useState } from 'preact/hooks';
import { Layout } from './components/Layout';
import { forgetDirectory, loadDirectory } from './directory';
import { m, onLangChange } from './i18n';
import { match, navigate, useLocation } from './router';
import { AdminScreen } from './screens/admin/Admin';
import { DelegationScreen } from './screens/delegations/Delegations';
import { RegimesScreen } from './screens/regimes/Regimes';
import { DeliveryScreen } from './screens/delivery/Delivery';
import { InspectionList } from './screens/inspections/InspectionList';
import { InspectionPlan } from './screens/inspections/InspectionPlan';
import { Approvals } from './screens/approvals/Approvals';
import { Home } from './screens/home/Home';
import { ImportWizard } from './screens/import/ImportWizard';
import { OfficeInbox } from './screens/inbox/OfficeInbox';
import { NotFound } from './screens/NotFound';
import { Overview } from './screens/overview/Overview';
import { RegisterDirective } from './screens/register/RegisterDirective';
import { SignIn } from './screens/signin/SignIn';
import { Statistics } from './screens/statistics/Statistics';
import { TaskPage } from './screens/task/TaskPage';
import { TaskList } from './screens/tasks/TaskList';
import { isOffice, resumeSession, signOut, type User } from './session';

export function App() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [, setLangTick] = useState(0);
  const { path } = useLocation();
  useEffect(() => onLangChange(() => setLangTick((t) => t + 1)), []);
  useEffect(() => {
    void resumeSession().then((u) => {
      if (u) void loadDirectory();
      setUser(u);
    });
  }, []);

  if (user === undefined) return <p class="boot">{m().loading}</p>;
  if (user === null) {
    return (
      <SignIn
        onSignedIn={(u) => {
          void loadDirectory();
          setUser(u);
        }}
      />
    );
  }
  const onSignOut = async () => {
    await signOut();
    forgetDirectory();
    setUser(null);
    navigate('/', { replace: true });
  };
  return (
    <Layout user={user} onSignOut={onSignOut}>
      <Screen user={user} path={path} />
    </Layout>
  );
}

function Screen({ user, path }: { user: User; path: string }) {
  const office = isOffice(user);
  let params: Record<string, string> | null;
  if (path === '/') return <Home user={user} />;
  if (path === '/tasks') return <TaskList user={user} />;
  if ((params = match('/tasks/:id', path))) return <TaskPage user={user} taskId={params.id!} />;
  if (path === '/inbox' && office) return <OfficeInbox />;
  if (path === '/approvals' && user.role === 'leader') return <Approvals user={user} />;
  if (path === '/overview' && (office || user.role === 'leader')) return <Overview />;
  if (path === '/statistics') return <Statistics user={user} />;
  if (path === '/notifications') return <DeliveryScreen />;
  if (path === '/delegations') return <DelegationScreen user={user} />;
  if (path === '/regimes' && (office || user.role === 'leader')) return <RegimesScreen canManage={office} />;
  if (path === '/inspections' && (office || user.role === 'leader')) return <InspectionList canPlan={office} />;
  if ((params = match('/inspections/:id', path)) && (office || user.role === 'leader')) return <InspectionPlan planId={params.id!} user={user} />;
  if (path === '/directives/new' && office) return <RegisterDirective />;
  if (path === '/import' && office) return <ImportWizard />;
  if ((params = match('/admin/:section', path)) && user.role === 'admin') return <AdminScreen section={params.section!} />;
  if (path === '/admin' && user.role === 'admin') return <AdminScreen section="agencies" />;
  return <NotFound />;
}
