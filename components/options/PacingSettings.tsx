import { ErrorBanner } from '@/components/shared/ErrorBanner';
import { t } from '@/components/shared/i18n';
import { AchievementSettings } from './AchievementSettings';
import { CalendarSettings } from './CalendarSettings';
import { CheckpointSettings } from './CheckpointSettings';
import { DayOverrideSettings } from './DayOverrideSettings';
import { IndicatorSettings } from './IndicatorSettings';
import { TargetSettings } from './TargetSettings';
import { usePacingConfig } from './use-pacing-config';
import './options.css';

/** The options page's pacing part: targets, the plan's checkpoints, indicators, own days, manual business. */
export function PacingSettings() {
  const setup = usePacingConfig().value;
  return (
    <>
      <ErrorBanner message={setup?.policyError ? t('pacing.options.policyError', { error: setup.policyError }) : null} />
      {setup && (
        <>
          <TargetSettings setup={setup} />
          <AchievementSettings setup={setup} />
          <CheckpointSettings setup={setup} />
          <CalendarSettings setup={setup} />
          <DayOverrideSettings />
          <IndicatorSettings setup={setup} />
        </>
      )}
    </>
  );
}
