import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4, isIPv6 } from 'node:net';

import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Inject, Injectable } from '@nestjs/common';
import type { Env } from '../config/env.js';
import { ENV } from '../infrastructure/tokens.js';
import { observabilityException } from './observability.exception.js';

type ScrapeRequest = { ip?: string; headers: Record<string, string | string[] | undefined> };

/** `loopback`, an address or a CIDR range → the BlockList that matches it (IPv4-mapped IPv6 included). */
export function networkListFrom(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', prefix] = entry.split('/');
    const family = isIPv6(address) ? 'ipv6' : isIPv4(address) ? 'ipv4' : null;
    if (family === null || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(
        `METRICS_ALLOWED_NETWORKS: not an address, a CIDR range or "loopback": ${entry}`,
      );
    }
    if (prefix === undefined) {
      list.addAddress(address, family);
    } else {
      list.addSubnet(address, Number(prefix), family);
    }
  }
  return list;
}

function isOnNetwork(list: BlockList, ip: string | undefined): boolean {
  if (ip === undefined) {
    return false;
  }
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  const address = mapped ?? ip;
  return isIPv4(address)
    ? list.check(address, 'ipv4')
    : isIPv6(address) && list.check(address, 'ipv6');
}

function isSameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * `/api/metrics` tells route names, volumes and queue depths per municipality: only the scraper
 * reads it, by its bearer token (METRICS_TOKEN) or from the operator network
 * (METRICS_ALLOWED_NETWORKS; the client address is the socket's unless TRUSTED_PROXIES vouch).
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  private readonly networks: BlockList;

  constructor(@Inject(ENV) private readonly env: Env) {
    this.networks = networkListFrom(env.METRICS_ALLOWED_NETWORKS);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<ScrapeRequest>();
    const authorization = request.headers.authorization;
    const token =
      typeof authorization === 'string' ? /^Bearer (.+)$/i.exec(authorization)?.[1] : undefined;
    if (
      token !== undefined &&
      this.env.METRICS_TOKEN !== undefined &&
      isSameSecret(token, this.env.METRICS_TOKEN)
    ) {
      return true;
    }
    if (token === undefined && isOnNetwork(this.networks, request.ip)) {
      return true;
    }
    throw observabilityException(
      token === undefined ? 'metrics_credential_missing' : 'metrics_credential_invalid',
    );
  }
}
