import { Principal } from './principal';

/** The slice of the HTTP request the auth pieces read and write (Express-compatible). */
export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  principal?: Principal;
}
