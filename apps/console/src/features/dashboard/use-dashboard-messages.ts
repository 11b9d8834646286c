import { useConsoleLocale } from '../../i18n/locale-context.js';
import type { DashboardMessages } from './dashboard-messages.js';
import { DASHBOARD_CATALOGUES } from './dashboard-messages.js';

/** The dashboard's wording in the console's chosen language. */
export function useDashboardMessages(): DashboardMessages {
  return DASHBOARD_CATALOGUES[useConsoleLocale().locale];
}
