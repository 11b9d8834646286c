import type { ApplicationStatus } from '@madoguchi/procedures-domain';

/** Every TanStack Query key of the API, in one place, so invalidations cannot drift. */
export const apiQueryKeys = {
  session: ['session'] as const,
  municipalities: ['municipalities'] as const,
  procedures: (municipalityCode: string) =>
    ['municipalities', municipalityCode, 'procedures'] as const,
  procedureForm: (municipalityCode: string, procedureId: string, version: number | undefined) =>
    [
      'municipalities',
      municipalityCode,
      'procedures',
      procedureId,
      'form',
      version ?? 'latest',
    ] as const,
  myApplications: ['me', 'applications'] as const,
  myApplication: (id: string) => ['me', 'applications', id] as const,
  myNotifications: ['me', 'notifications'] as const,
  staffApplications: (status: ApplicationStatus | undefined) =>
    ['staff', 'applications', 'list', status ?? 'all'] as const,
  staffApplicationsAll: ['staff', 'applications'] as const,
  staffApplication: (id: string) => ['staff', 'applications', 'detail', id] as const,
};
