import { useDashboard } from '@madoguchi/web-data-access-api';
import { LoadFailedNotice, LoadingNotice } from '@madoguchi/web-feature-status';
import { BulkExportPanel } from './bulk-export-panel.js';
import { DashboardCharts } from './dashboard-charts.js';
import { DropOffChart } from './drop-off-chart.js';
import { useDashboardMessages } from './use-dashboard-messages.js';
import './dashboard.css';

/** 業務の状況: the municipality's counts of 30 days as charts with tables, and the bulk export. */
export function DashboardOverview() {
  const M = useDashboardMessages();
  const dashboard = useDashboard();
  if (dashboard.isPending) {
    return <LoadingNotice />;
  }
  if (dashboard.isError) {
    return <LoadFailedNotice error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  }
  return (
    <div className="mdg-dashboard">
      <p>{M.lead(dashboard.data.since, dashboard.data.today)}</p>
      <DashboardCharts dashboard={dashboard.data} />
      <DropOffChart dashboard={dashboard.data} />
      <BulkExportPanel procedures={dashboard.data.procedures} />
    </div>
  );
}
