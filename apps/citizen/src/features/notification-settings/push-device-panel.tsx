import { usePushSubscriptions } from '@madoguchi/web-data-access-api';
import { Button, Notice } from '@madoguchi/web-ui-kit';
import type { NotificationSettingsMessages } from './notification-settings.messages.js';
import { usePushSubscription } from './use-push-subscription.js';
import { Text } from '../../i18n/use-text.js';

/** Turns Web Push on or off for this browser and says how many devices receive pushes. */
export function PushDevicePanel({ text }: { text: NotificationSettingsMessages }) {
  const push = usePushSubscription();
  const devices = usePushSubscriptions();
  const activeDevices = devices.data?.filter((device) => device.isActive).length ?? 0;
  return (
    <div>
      <p>
        <Text>{text.pushLead}</Text>
      </p>
      {push.state === 'unsupported' ? <Notice tone="info" title={text.pushUnsupported} /> : null}
      {push.state === 'denied' ? <Notice tone="warning" title={text.pushDenied} /> : null}
      {push.state === 'on' ? (
        <p role="status">
          <Text>{text.pushEnabled}</Text>
        </p>
      ) : null}
      {push.state === 'off' ? (
        <Button disabled={push.isBusy} onClick={() => void push.enable().catch(() => undefined)}>
          {text.pushEnable}
        </Button>
      ) : null}
      {push.state === 'on' ? (
        <Button variant="secondary" disabled={push.isBusy} onClick={() => void push.disable()}>
          {text.pushDisable}
        </Button>
      ) : null}
      {devices.data ? (
        <p className="mdg-hint">
          <Text>{text.pushDevices(activeDevices)}</Text>
        </p>
      ) : null}
    </div>
  );
}
