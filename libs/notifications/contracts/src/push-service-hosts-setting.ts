import { z } from 'zod';

import { DEFAULT_PUSH_SERVICE_HOSTS, isPushServiceHostPattern } from './push-endpoint.js';

/**
 * The PUSH_SERVICE_HOSTS setting, read alike by the API (at registration) and the worker (before
 * sending): comma-separated host names, `*.` for subdomains, never an IP address; unset, the major
 * browsers' push services.
 */
export const pushServiceHostsSetting = z
  .string()
  .default(DEFAULT_PUSH_SERVICE_HOSTS.join(','))
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => part !== ''),
  )
  .refine(
    (hosts) => hosts.length > 0 && hosts.every(isPushServiceHostPattern),
    'host names or *.suffix patterns, no IP addresses',
  );
