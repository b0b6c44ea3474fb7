// The background's side of bundle updates: the "checkNow" and "getUpdateStatus" handlers and the
// alarm handler, with checks serialized (an alarm and a click never run two checks at once).
import type { Handlers, UpdateProtocol } from '../messages';
import { checkForUpdate, type CheckDeps } from './check';
import { isUpdateAlarm } from './schedule';
import { getUpdateStatus, type BuiltinInfo, type UpdateStatus } from './status';

export interface UpdaterDeps extends CheckDeps {
  builtin: BuiltinInfo;
}

export interface Updater {
  handlers: Handlers<UpdateProtocol>;
  /** Runs a check when the alarm is ours; resolves when it is done. */
  onAlarm(alarm: { name: string }): Promise<void>;
  checkNow(): Promise<UpdateStatus>;
}

export function createUpdater(deps: UpdaterDeps): Updater {
  let running: Promise<unknown> | null = null;
  const check = (): Promise<unknown> => {
    running ??= checkForUpdate(deps).finally(() => {
      running = null;
    });
    return running;
  };
  const status = (): Promise<UpdateStatus> => getUpdateStatus(deps.builtin);
  const checkNow = async (): Promise<UpdateStatus> => {
    await check();
    return status();
  };
  return {
    handlers: { checkNow: () => checkNow(), getUpdateStatus: () => status() },
    onAlarm: async (alarm) => {
      if (isUpdateAlarm(alarm)) await check();
    },
    checkNow,
  };
}
