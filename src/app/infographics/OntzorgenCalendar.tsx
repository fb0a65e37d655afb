import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { mirrorX, useIsRtl } from './useDirection';
import './infographics.css';

// Financieel ontzorgen as a calendar: one square per month, filled when the month's fixed costs
// were paid for you. Months are laid out in reading direction, three to a row.

export type MonthMark = 'paid' | 'scheduled' | 'failed' | 'open';

interface Props {
  /** One mark per month of the period (six in Rijswijk and Zevenaar). */
  marks: MonthMark[];
  /** 1-based month of the period we are in now, if any. */
  current?: number;
}

const COLOURS: Record<MonthMark, string> = { paid: '#3d8b5a', scheduled: '#7aa6d6', failed: '#a4161a', open: '#ffffff' };
const CELL = 96;
const GAP = 14;
const PER_ROW = 3;

export function OntzorgenCalendar({ marks, current }: Props) {
  const { t } = useTranslation('infographic');
  const rtl = useIsRtl();
  const id = useId();
  const rows = Math.ceil(marks.length / PER_ROW);
  const width = PER_ROW * CELL + (PER_ROW - 1) * GAP;
  const height = rows * CELL + (rows - 1) * GAP;
  const counts = (['paid', 'scheduled', 'failed', 'open'] as const).map((m) => [m, marks.filter((x) => x === m).length] as const);
  return (
    <figure className="infographic" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="infographic__caption">
        {t('ontzorgen.caption', { count: marks.length })}
      </figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="infographic__drawing infographic__drawing--calendar" aria-hidden="true" focusable="false">
        {marks.map((mark, i) => {
          const col = i % PER_ROW;
          const left = mirrorX(col * (CELL + GAP), width, rtl) - (rtl ? CELL : 0);
          const top = Math.floor(i / PER_ROW) * (CELL + GAP);
          const isCurrent = current === i + 1;
          return (
            <g key={i}>
              <rect x={left} y={top} width={CELL} height={CELL} rx={10} fill={COLOURS[mark]} stroke={isCurrent ? '#1a1a1a' : '#8a94a0'} strokeWidth={isCurrent ? 6 : 2} />
              <text x={left + CELL / 2} y={top + CELL / 2 + 12} textAnchor="middle" fontSize={36} fontWeight={700} fill={mark === 'open' ? '#1a1a1a' : '#ffffff'}>
                {i + 1}
              </text>
              {mark === 'paid' && <path d={`M${left + 62} ${top + 18} l8 8 l14 -16`} stroke="#ffffff" strokeWidth={5} fill="none" />}
            </g>
          );
        })}
      </svg>
      <ul className="infographic__legend">
        {counts
          .filter(([, n]) => n > 0)
          .map(([mark, n]) => (
            <li key={mark}>
              <span className="infographic__swatch" data-mark={mark} />
              <span>{t(`ontzorgen.${mark}`, { count: n })}</span>
            </li>
          ))}
        {current !== undefined && <li className="infographic__now">{t('ontzorgen.now', { month: current, total: marks.length })}</li>}
      </ul>
    </figure>
  );
}
