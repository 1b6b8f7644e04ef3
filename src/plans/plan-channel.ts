/**
 * How tabs of the app tell each other that saved plans changed, so every open "My plans" list
 * refreshes and a stale tab learns of a deletion. BroadcastChannel where the browser has it;
 * else a `storage` event on a localStorage key (fires in the other tabs only); else nothing
 * (each tab still refuses to overwrite what it has not seen: saves check the revision).
 * Messages carry no plan data, only "look again".
 */
export const CHANNEL_NAME = 'career-path-explorer-plans';

export interface PlanChannel {
  /** Tells the other tabs that saved plans changed. */
  announce(): void;
  /** Calls `heard` when another tab announces; returns how to stop listening. */
  listen(heard: () => void): () => void;
}

export const silentChannel: PlanChannel = {
  announce: () => {},
  listen: () => () => {},
};

function broadcastChannel(): PlanChannel {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  // Node (tests, tools) keeps a process alive for an open channel; browsers have no unref.
  (channel as { unref?: () => void }).unref?.();
  return {
    announce: () => channel.postMessage('changed'),
    listen: (heard) => {
      const onmessage = () => heard();
      channel.addEventListener('message', onmessage);
      return () => channel.removeEventListener('message', onmessage);
    },
  };
}

function storageEventChannel(storage: Storage): PlanChannel {
  return {
    // A new value every time, or the browser fires no event for the second announcement.
    announce: () => storage.setItem(CHANNEL_NAME, `${Date.now()}-${Math.random()}`),
    listen: (heard) => {
      const onstorage = (e: StorageEvent) => e.key === CHANNEL_NAME && heard();
      window.addEventListener('storage', onstorage);
      return () => window.removeEventListener('storage', onstorage);
    },
  };
}

/** The best channel this browser offers. Never throws: reading `localStorage` can (cookies blocked). */
export function openPlanChannel(): PlanChannel {
  try {
    if (typeof BroadcastChannel === 'function') return broadcastChannel();
  } catch {
    // Some privacy modes refuse to construct one; try the next way.
  }
  try {
    if (typeof window !== 'undefined' && window.localStorage) return storageEventChannel(window.localStorage);
  } catch {
    // localStorage itself refused (cookies blocked): tabs cannot hear each other.
  }
  return silentChannel;
}

/** Wraps a channel so a failure to announce (storage full, channel closed) never fails a save. */
export function quietly(channel: PlanChannel): PlanChannel {
  return {
    announce: () => {
      try {
        channel.announce();
      } catch {
        // Other tabs refresh on their next action instead; the save itself succeeded.
      }
    },
    listen: (heard) => channel.listen(heard),
  };
}
