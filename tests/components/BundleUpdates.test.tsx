// The bundle-updates section of the options page, rendered statically in both languages: the
// address field, the last check and refusal (the active bundle is BundleDetails's).
import { describe, expect, it } from 'vitest';
import { BundleUpdates } from '../../components/BundleUpdates';
import type { UpdateStatus } from '../../extension/updates/status';
import { keyUi, renderDom, textOf, uiFor } from './helpers';

const builtinStatus: UpdateStatus = {
  active: {
    id: 'leaklens-builtin',
    version: 2,
    created: '2031-01-01',
    source: 'builtin',
    signature: 'builtin',
    url: null,
    acceptedAt: null,
  },
  updateUrl: null,
  lastCheck: null,
  lastRefusal: null,
};

const EVIL = '<img src=x onerror=alert(1)>';
const updatedStatus: UpdateStatus = {
  active: {
    id: 'leaklens-rules',
    version: 9,
    created: '2031-04-28',
    source: 'update',
    signature: 'verified',
    url: 'https://rules.example/b.json',
    acceptedAt: '2031-05-01T10:00:00.000Z',
  },
  updateUrl: 'https://rules.example/b.json',
  lastCheck: {
    at: '2031-05-02T10:00:00.000Z',
    url: 'https://rules.example/b.json',
    result: 'refused',
    reason: `signature does not verify ${EVIL}`,
  },
  lastRefusal: {
    at: '2031-05-02T10:00:00.000Z',
    url: 'https://rules.example/b.json',
    reason: `signature does not verify ${EVIL}`,
  },
};

function render(status: UpdateStatus, language: 'en' | 'es' = 'en', checking = false): Document {
  return renderDom(
    <BundleUpdates
      status={status}
      allowHttpLoopback={false}
      checking={checking}
      onSaveUrl={async () => {}}
      onCheckNow={() => {}}
    />,
    uiFor(language),
  );
}

const text = (doc: Document, id: string): string =>
  textOf(doc.querySelector(`[data-testid="${id}"]`));

describe('BundleUpdates', () => {
  it('shows updates off and Check now disabled, and not the active bundle again', () => {
    const doc = render(builtinStatus);
    expect(doc.querySelector('dl')).toBeNull();
    expect(textOf(doc.body)).not.toContain('leaklens-builtin');
    expect(text(doc, 'update-last-check')).toBe('Last check: never');
    expect(text(doc, 'update-last-refusal')).toBe('Last refused update: none');
    expect(doc.querySelector('[data-testid="update-check-now"]')?.hasAttribute('disabled')).toBe(
      true,
    );
    const input = doc.querySelector('[data-testid="update-url"]');
    expect(textOf(doc.querySelector(`label[for="${input?.id}"]`))).toBe('Update address');
  });

  it('shows the address, the last check and refusal', () => {
    const doc = render(updatedStatus);
    expect(text(doc, 'update-last-check')).toContain('refused: signature does not verify');
    expect(text(doc, 'update-last-refusal')).toContain('from https://rules.example/b.json');
    expect(doc.querySelector('[data-testid="update-url"]')?.getAttribute('value')).toBe(
      'https://rules.example/b.json',
    );
  });

  it('renders a reason carrying markup as text', () => {
    const doc = render(updatedStatus);
    expect(doc.querySelector('img')).toBeNull();
    expect(text(doc, 'update-last-refusal')).toContain(EVIL);
  });

  it('speaks Spanish', () => {
    const doc = render(updatedStatus, 'es', true);
    expect(text(doc, 'update-last-refusal')).toContain('Última actualización rechazada');
    expect(text(doc, 'update-check-now')).toBe('Comprobando…');
    expect(text(doc, 'update-last-check')).toContain('rechazado:');
  });

  it('hard-codes no user-facing text', () => {
    const doc = renderDom(
      <BundleUpdates
        status={builtinStatus}
        allowHttpLoopback={false}
        checking={false}
        onSaveUrl={async () => {}}
        onCheckNow={() => {}}
      />,
      keyUi(),
    );
    const leftover = textOf(doc.body)
      .replace(/⟦[\w.]+⟧/g, '')
      .replace(/leaklens-builtin/g, '')
      .trim();
    expect(leftover).toBe('');
  });
});
