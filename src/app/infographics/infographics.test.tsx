import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n/i18n';
import { OntzorgenCalendar } from './OntzorgenCalendar';
import { RolesInfographic } from './RolesInfographic';
import { TrajectInfographic } from './TrajectInfographic';

describe('infographics', () => {
  beforeAll(async () => {
    await initI18n('nl');
  });

  it('draws the traject with a caption and a legend that say it in words', async () => {
    await i18next.changeLanguage('nl');
    render(<TrajectInfographic route="z" />);
    const figure = screen.getByRole('figure', { name: 'Je inburgering in 3 jaar: de Z-route' });
    expect(figure.querySelectorAll('ol li')).toHaveLength(4);
    expect(screen.getByText('Eindgesprek: wat kun je nu?')).toBeTruthy();
  });

  it('mirrors the traject bar for right-to-left languages', async () => {
    await i18next.changeLanguage('nl');
    const { container, unmount } = render(<TrajectInfographic route="b1" />);
    const ltrStart = Number(container.querySelector('rect')?.getAttribute('x'));
    unmount();
    await i18next.changeLanguage('ar');
    const rtl = render(<TrajectInfographic route="b1" />);
    const rtlStart = Number(rtl.container.querySelector('rect')?.getAttribute('x'));
    // The first phase starts at the inline start: left in Dutch, right in Arabic.
    expect(ltrStart).toBeLessThan(50);
    expect(rtlStart).toBeGreaterThan(250);
    await i18next.changeLanguage('nl');
  });

  it('shows the ontzorgen months with their state and where we are now', async () => {
    await i18next.changeLanguage('nl');
    const { container } = render(<OntzorgenCalendar marks={['paid', 'paid', 'failed', 'scheduled', 'open', 'open']} current={4} />);
    expect(container.querySelectorAll('svg rect')).toHaveLength(6);
    expect(screen.getByText('2 maanden betaald')).toBeTruthy();
    expect(screen.getByText('1 maand: een betaling is niet gelukt')).toBeTruthy();
    expect(screen.getByText('Nu: maand 4 van 6')).toBeTruthy();
  });

  it('puts the two people who help side by side, each with what to ask them', async () => {
    await i18next.changeLanguage('nl');
    render(
      <RolesInfographic
        first={{ name: 'Consulent inburgering', picture: 'lesson', tasks: ['Je lessen'] }}
        second={{ name: 'Maatschappelijk begeleider', picture: 'home', tasks: ['Je huis'] }}
      />,
    );
    expect(screen.getByRole('region', { name: 'Consulent inburgering' }).textContent).toContain('Je lessen');
    expect(screen.getByRole('region', { name: 'Maatschappelijk begeleider' }).textContent).toContain('Je huis');
  });
});
