import { format, t } from '../../i18n/catalogue';
import { describeReason, type MatchReason } from './describe-reason';

/** Rounds like the engine's sums read: two decimals at most, none when whole. */
const points = (value: number) => format.number(Math.round(value * 100) / 100);

/**
 * Why a pair matched: every reason with the weight applied and what it added; the contributions
 * add up to the score in the last row, so the ranking can be checked by hand.
 */
export function MatchExplanation({ name, score, reasons, names }: { name: string; score: number; reasons: readonly MatchReason[]; names: ReadonlyMap<string, string> }) {
  return (
    <div className="table-scroll">
      <table className="match-explanation">
        <caption>{t('matchmaking.explanation.caption', { name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matchmaking.explanation.what')}</th>
            <th scope="col">{t('matchmaking.explanation.weight')}</th>
            <th scope="col">{t('matchmaking.explanation.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {reasons.map((reason, index) => {
            const line = describeReason(reason, names);
            return (
              // Reasons have no id; their order is the engine's and fixed for one answer.
              <tr key={index}>
                <th scope="row">{line.what}</th>
                <td>{line.weight}</td>
                <td>{points(line.contribution)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('matchmaking.explanation.score')}
            </th>
            <td>{points(score)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
