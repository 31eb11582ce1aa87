import { createContext, useContext } from 'react';
import type { Session } from '../session';
import type { ApiCall } from './client';

export interface ApiContext {
  readonly call: ApiCall;
  readonly session: Session;
}

const Context = createContext<ApiContext | null>(null);
export const ApiProvider = Context.Provider;

/** The signed-in user's client and session: only screens inside the shell (after sign-in) ask for it. */
export function useApi(): ApiContext {
  const api = useContext(Context);
  if (!api) throw new Error('useApi outside the signed-in shell');
  return api;
}
