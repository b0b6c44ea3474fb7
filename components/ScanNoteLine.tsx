// Says that part of the page was not scanned: its later changes (the watch budget was spent), or a
// failure with its reason.
import type { ScanNote } from '../extension/popup-view';
import { useUi } from './ui-context';

export interface ScanNoteLineProps {
  note: ScanNote;
}

export function ScanNoteLine({ note }: ScanNoteLineProps) {
  const { t } = useUi();
  const text =
    note.status === 'budget-exhausted'
      ? t('popup.budgetExhausted')
      : note.error
        ? t('popup.failed', [note.error])
        : t('popup.failedUnknown');
  return (
    <p class="note" data-testid="scan-note">
      {text}
    </p>
  );
}
