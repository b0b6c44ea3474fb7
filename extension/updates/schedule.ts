// The periodic check: one named alarm every 6 hours (alarms survive the MV3 background being
// stopped, timers do not). Created once; an existing alarm keeps its schedule across restarts.

export const UPDATE_ALARM = 'leaklens-bundle-update';
export const CHECK_PERIOD_MINUTES = 6 * 60;
/** First check soon after install or browser start, not during it. */
const FIRST_DELAY_MINUTES = 1;

/** The part of `browser.alarms` used here. */
export interface AlarmsApi {
  get(name: string): Promise<{ name: string } | undefined | null>;
  create(
    name: string,
    info: { delayInMinutes: number; periodInMinutes: number },
  ): Promise<void> | void;
}

export async function ensureUpdateAlarm(alarms: AlarmsApi): Promise<void> {
  if (await alarms.get(UPDATE_ALARM)) return;
  await alarms.create(UPDATE_ALARM, {
    delayInMinutes: FIRST_DELAY_MINUTES,
    periodInMinutes: CHECK_PERIOD_MINUTES,
  });
}

export const isUpdateAlarm = (alarm: { name: string }): boolean => alarm.name === UPDATE_ALARM;
