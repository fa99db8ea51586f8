export { escapeText, fold, formatUtc, joinContentLines } from './ical-text';
