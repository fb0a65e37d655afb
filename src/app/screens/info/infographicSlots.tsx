import { useState, type ComponentType } from 'react';
import type { GemeenteConfig } from '../../../gemeenten';
import { OntzorgenCalendar } from '../../infographics/OntzorgenCalendar';
import { RolesInfographic } from '../../infographics/RolesInfographic';
import { TrajectInfographic } from '../../infographics/TrajectInfographic';
import type { InfographicSlot } from './sections';
import { splitLines, useInfoTexts } from './useInfoTexts';

// The drawings of src/app/infographics, plugged into the slots the informatiemap pages name.
// A slot without an entry simply shows nothing.

const ROUTES = ['b1', 'z', 'onderwijs'] as const;

/** The 3-year traject, one route at a time: the reader picks B1, Z or onderwijs. */
function TrajectSlot() {
  const { t } = useInfoTexts();
  const [route, setRoute] = useState<(typeof ROUTES)[number]>('b1');
  return (
    <div className="info-infographic">
      <div className="route-switch" role="group" aria-label={t('routes.title')}>
        {ROUTES.map((r) => (
          <button key={r} type="button" className="utrecht-button utrecht-button--secondary-action" aria-pressed={route === r} onClick={() => setRoute(r)}>
            {t(`routes.${r}`)}
          </button>
        ))}
      </div>
      <TrajectInfographic route={route} />
    </div>
  );
}

function TrajectAdviceSlot() {
  return <TrajectInfographic route="advice" />;
}

/** The regie role of this municipality next to the maatschappelijk begeleider, with what to ask each. */
function RolesSlot({ gemeente }: { gemeente: GemeenteConfig }) {
  const { t } = useInfoTexts();
  return (
    <RolesInfographic
      first={{ name: t(`roles.${gemeente.regieRole}.name`), picture: 'townHall', tasks: splitLines(t(`roles.${gemeente.regieRole}.does`)) }}
      second={{ name: t('roles.maatschappelijk-begeleider.name'), picture: 'helpingHands', tasks: splitLines(t('roles.maatschappelijk-begeleider.does')) }}
    />
  );
}

/** The public page explains the months in general: every month is set up to be paid for you. */
function OntzorgenSlot({ gemeente }: { gemeente: GemeenteConfig }) {
  return <OntzorgenCalendar marks={Array.from({ length: gemeente.ontzorgen.months }, () => 'scheduled' as const)} />;
}

export const INFOGRAPHICS: Partial<Record<InfographicSlot, ComponentType<{ gemeente: GemeenteConfig }>>> = {
  traject: TrajectSlot,
  trajectAdvice: TrajectAdviceSlot,
  roles: RolesSlot,
  ontzorgen: OntzorgenSlot,
};

export function Infographic({ slot, gemeente }: { slot: InfographicSlot | undefined; gemeente: GemeenteConfig }) {
  const Drawing = slot ? INFOGRAPHICS[slot] : undefined;
  return Drawing ? <Drawing gemeente={gemeente} /> : null;
}
