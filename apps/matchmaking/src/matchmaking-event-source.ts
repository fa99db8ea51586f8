/** CloudEvents `source` of everything matchmaking publishes (every aggregate, every topic). */
export const MATCHMAKING_EVENT_SOURCE = '/icn/matchmaking';
