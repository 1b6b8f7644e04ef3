import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PlanList from '../../src/views/plans/PlanList.svelte';
import { planToJson } from '../../src/plans/export';
import { MESSAGES } from '../../src/plans/storage';
import { miniPlan } from '../fixtures/plan-arbitraries';

function setup(extra: Record<string, unknown> = {}) {
  const handlers = {
    onopen: vi.fn(),
    onrename: vi.fn(),
    onduplicate: vi.fn(),
    ondelete: vi.fn(),
    onundo: vi.fn(),
    onimport: vi.fn(),
    ondiscard: vi.fn(),
  };
  const plans = [miniPlan({ id: 'p-1', label: 'AB' }), miniPlan({ id: 'p-2', label: 'CD' })];
  render(PlanList, { plans, roleTitle: (id: string) => id.toUpperCase(), ...handlers, ...extra });
  return handlers;
}

describe('PlanList', () => {
  it('lists plans with open, rename, duplicate and delete', async () => {
    const user = userEvent.setup();
    const h = setup();
    const list = screen.getByRole('list', { name: 'Saved plans' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('Goal: MANAGER');
    await user.click(screen.getByRole('button', { name: 'Open AB' }));
    expect(h.onopen).toHaveBeenCalledWith('p-1');
    await user.click(screen.getByRole('button', { name: 'Duplicate CD' }));
    expect(h.onduplicate).toHaveBeenCalledWith('p-2');
    await user.click(screen.getByRole('button', { name: 'Delete AB' }));
    expect(h.ondelete).toHaveBeenCalledWith('p-1');
    await user.click(screen.getByRole('button', { name: 'Rename CD' }));
    const field = screen.getByRole('textbox', { name: 'New label' });
    expect(field).toHaveAccessibleDescription(/please don't enter full names/);
    await user.clear(field);
    await user.type(field, 'EF{Enter}');
    expect(h.onrename).toHaveBeenCalledWith('p-2', 'EF');
  });

  it('offers Undo after a delete', async () => {
    const user = userEvent.setup();
    const h = setup({ deleted: miniPlan({ label: 'GH' }) });
    expect(screen.getByText(/Deleted “GH”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(h.onundo).toHaveBeenCalledOnce();
  });

  it('lists set-aside records with their message, and says when plans are not kept', async () => {
    const user = userEvent.setup();
    const h = setup({
      persistent: false,
      storageMessage: MESSAGES.unavailable,
      quarantine: [
        {
          key: 'p-bad',
          id: '"p-bad"',
          message: 'A saved record (“p-bad”) could not be read and was set aside: label: too long',
          raw: {},
        },
      ],
    });
    expect(screen.getByText(MESSAGES.unavailable)).toBeInTheDocument();
    const notice = screen.getByRole('note', { name: 'Records set aside' });
    expect(notice).toHaveTextContent('could not be read and was set aside: label: too long');
    expect(notice).toHaveTextContent('nothing was deleted');
    await user.click(within(notice).getByRole('button', { name: 'Discard record' }));
    expect(h.ondiscard).toHaveBeenCalledWith('p-bad');
  });

  it('lists records under look-alike keys (5 and "5") apart, and discards and downloads each', async () => {
    const user = userEvent.setup();
    const files: { name: string; text: Promise<string> }[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (files.push({ name: '', text: b.text() }), 'blob:x'),
        revokeObjectURL: () => {},
      }),
    );
    const circular: Record<string, unknown> = { big: 10n };
    circular.self = circular;
    const h = setup({
      quarantine: [
        {
          key: 5,
          id: '5',
          message: 'A saved record (5) was set aside: it is stored under a key that is not a plan id.',
          raw: circular,
        },
        {
          key: '5',
          id: '"5"',
          message: 'A saved record (“5”) could not be read and was set aside: not a plan',
          raw: { a: 1 },
        },
      ],
    });
    const items = within(screen.getByRole('note', { name: 'Records set aside' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    await user.click(within(items[0]!).getByRole('button', { name: 'Discard record' }));
    await user.click(within(items[1]!).getByRole('button', { name: 'Discard record' }));
    expect(h.ondiscard.mock.calls).toEqual([[5], ['5']]);
    await user.click(within(items[0]!).getByRole('button', { name: 'Download record' }));
    expect(screen.getByRole('status')).toHaveTextContent('Record downloaded as a description');
    const described = JSON.parse(await files[0]!.text) as { record: unknown };
    expect(described.record).toEqual({ big: { $bigint: '10' }, self: { $circular: expect.any(String) } });
    await user.click(within(items[1]!).getByRole('button', { name: 'Download record' }));
    expect(JSON.parse(await files[1]!.text)).toEqual({ a: 1 });
    vi.unstubAllGlobals();
  });

  it('imports a valid plan file and explains a broken one', async () => {
    const user = userEvent.setup();
    const h = setup();
    const input = screen.getByLabelText('Import a plan (JSON file)');
    await user.upload(
      input,
      new File([planToJson(miniPlan({ label: 'IJ' }))], 'plan.json', { type: 'application/json' }),
    );
    await vi.waitFor(() => expect(h.onimport).toHaveBeenCalledWith(miniPlan({ label: 'IJ' })));
    await user.upload(input, new File(['{"version": 1,\n "id": ]'], 'bad.json', { type: 'application/json' }));
    await vi.waitFor(() =>
      expect(screen.getByText('This file is not valid JSON (line 2, column 8).')).toBeInTheDocument(),
    );
  });
});
