import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiCall } from '../api/client';
import { ApiProvider } from '../api/context';
import type { Language } from '../i18n/messages';
import { inConsole, stubMatchMedia } from '../spec-helpers';
import { ShowIdentity } from './Member';

beforeAll(stubMatchMedia);
afterEach(cleanup);

function renderIn(language: Language, call: ApiCall) {
  return render(
    inConsole(
      language,
      <ApiProvider value={{ call, session: { token: 't', name: 'hr', roles: ['hr'], centres: [], expiresAt: null } }}>
        <ShowIdentity memberId="m-1" />
      </ApiProvider>,
    ),
  );
}

describe('the "show identity" form', () => {
  it('asks for a purpose and reads nothing without one', async () => {
    const call = vi.fn();
    renderIn('en', call as unknown as ApiCall);
    fireEvent.click(screen.getByRole('button', { name: 'Show identity' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Show' }));
    expect(await screen.findByText('Say why you need to see this identity.')).toBeTruthy();
    expect(call).not.toHaveBeenCalled();
  });

  it('reads the identity with the purpose given, and shows the name in each script in its own direction', async () => {
    const call = vi.fn(() =>
      Promise.resolve({
        memberId: 'm-1',
        callSign: 'ALP-7',
        erased: false,
        name: { arabic: { own: 'عائشة', father: null, grandfather: null, family: 'الشامي' }, latin: null },
        identity: { nationalId: '01-2345', phone: null, homeArea: null, bloodType: 'O+' },
      }),
    );
    renderIn('ar', call as unknown as ApiCall);
    fireEvent.click(screen.getByRole('button', { name: 'إظهار الهوية' }));
    fireEvent.change(await screen.findByLabelText(/سبب الاطّلاع/), { target: { value: '  next of kin  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'إظهار' }));
    await waitFor(() => expect(screen.getByText('سُجّل هذا الاطّلاع مع اسمك وسببه.')).toBeTruthy());
    expect(call).toHaveBeenCalledWith('personnel', '/members/m-1/identity', { query: { purpose: 'next of kin' } });
    expect(screen.getByText('عائشة الشامي').closest('bdi')?.getAttribute('lang')).toBe('ar');
    expect(screen.getByText('01-2345').closest('bdi')?.getAttribute('dir')).toBe('ltr');
  });
});
