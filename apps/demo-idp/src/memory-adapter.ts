import type { Adapter, AdapterPayload } from 'oidc-provider';

type Entry = { payload: AdapterPayload; expiresAt: number | null };

/**
 * Keeps the provider's sessions, interactions, codes and tokens in this process's memory: the
 * demo provider runs as one process, and forgets everything when it stops (on purpose).
 */
export function createMemoryAdapterFactory(): (name: string) => Adapter {
  const store = new Map<string, Entry>();
  const isLive = (entry: Entry | undefined): entry is Entry =>
    entry !== undefined && (entry.expiresAt === null || entry.expiresAt > Date.now());

  return (name) => {
    const key = (id: string): string => `${name}:${id}`;
    const find = (id: string): AdapterPayload | undefined => {
      const entry = store.get(key(id));
      return isLive(entry) ? entry.payload : undefined;
    };
    const findBy = (field: 'userCode' | 'uid', value: string): AdapterPayload | undefined => {
      for (const [entryKey, entry] of store) {
        if (entryKey.startsWith(`${name}:`) && isLive(entry) && entry.payload[field] === value) {
          return entry.payload;
        }
      }
      return undefined;
    };
    return {
      upsert: (id, payload, expiresIn) => {
        store.set(key(id), {
          payload,
          expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : null,
        });
        return Promise.resolve();
      },
      find: (id) => Promise.resolve(find(id)),
      findByUserCode: (userCode) => Promise.resolve(findBy('userCode', userCode)),
      findByUid: (uid) => Promise.resolve(findBy('uid', uid)),
      consume: (id) => {
        const payload = find(id);
        if (payload) {
          payload.consumed = Math.floor(Date.now() / 1000);
        }
        return Promise.resolve();
      },
      destroy: (id) => {
        store.delete(key(id));
        return Promise.resolve();
      },
      revokeByGrantId: (grantId) => {
        for (const [entryKey, entry] of store) {
          if (entry.payload.grantId === grantId) {
            store.delete(entryKey);
          }
        }
        return Promise.resolve();
      },
    };
  };
}
