// Activities: every side effect of a task workflow. Built by a factory that receives its dependencies.
import { log } from '@temporalio/activity';
import { NotificationSchema, type Notification } from './notification';
import type { Delivery, Mailer } from './outbox';

export interface ActivityDependencies {
  mailer: Mailer;
}

export function createActivities({ mailer }: ActivityDependencies) {
  return {
    async sendNotification(input: Notification): Promise<Delivery> {
      const notification = NotificationSchema.parse(input);
      const delivery = await mailer.deliver(notification);
      log.info('notification delivered', { key: delivery.key, duplicate: delivery.duplicate });
      return delivery;
    },
  };
}

export type { Notification } from './notification';
export { FileOutbox, type Delivery, type Mailer } from './outbox';
