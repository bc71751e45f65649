import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import { CHANNELS } from '../api/contract';
import { fail } from '../api/result';
import type { Dispatch } from '../core/dispatch';
import { isAppUrl } from './protocol';

/**
 * Registers every contract channel on ipcMain. Messages from anything but our own window's main
 * frame, loaded from our own origin, are refused.
 */
export function setupIpc(dispatch: Dispatch, ourWindow: () => WebContents | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event, ourWindow())) {
        return fail('unauthorized', `Refused ${channel} from an untrusted sender`);
      }
      return dispatch(channel, payload);
    });
  }
}

export function isTrustedSender(event: IpcMainInvokeEvent, ours: WebContents | null): boolean {
  if (!ours || event.sender !== ours) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== ours.mainFrame) return false;
  return isAppUrl(frame.url);
}
