import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

export type ConsoleRole = 'network-admin' | 'cluster-manager' | 'member';

/** The signed-in person as the console server tells it (GET /auth/me); never a token. */
export interface ConsoleUser {
  subject: string;
  name: string;
  email?: string;
  role: ConsoleRole;
  clusterId?: string;
  organisationId?: string;
}

type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: ConsoleUser };

const SessionContext = createContext<SessionState>({ status: 'loading' });

/** Asks the console server who is signed in, and forgets it when an API call answers 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    fetch('/auth/me', { headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (cancelled) return;
        if (!response.ok) return setState({ status: 'signed-out' });
        const body = (await response.json()) as { user: ConsoleUser };
        setState({ status: 'signed-in', user: body.user });
      })
      .catch(() => !cancelled && setState({ status: 'signed-out' }));
    const signedOut = () => setState({ status: 'signed-out' });
    window.addEventListener('icn:signed-out', signedOut);
    return () => {
      cancelled = true;
      window.removeEventListener('icn:signed-out', signedOut);
    };
  }, []);
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/** The signed-in person; only for components rendered inside the signed-in frame. */
export function useUser(): ConsoleUser {
  const state = useContext(SessionContext);
  if (state.status !== 'signed-in') throw new Error('useUser outside the signed-in console');
  return state.user;
}
