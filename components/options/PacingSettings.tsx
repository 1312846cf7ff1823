import { AchievementSettings } from './AchievementSettings';
import { CheckpointSettings } from './CheckpointSettings';
import { DayOverrideSettings } from './DayOverrideSettings';
import { usePacingConfig } from './use-pacing-config';
import { t } from '@/components/shared/i18n';
import { IndicatorSettings } from './IndicatorSettings';
import { ShortcutSettings } from './ShortcutSettings';
import { TargetSettings } from './TargetSettings';
import '@/components/popup/pacing.css';

/** The options page's pacing part: shortcuts, targets, the plan's checkpoints, indicators, own days, manual business. */
export function PacingSettings() {
  const setup = usePacingConfig().value;
  return (
    <>
      <ShortcutSettings />
      {setup?.policyError && (
        <p class="error-text" role="alert">
          {t('pacing.options.policyError', { error: setup.policyError })}
        </p>
      )}
      {setup && (
        <>
          <TargetSettings setup={setup} />
          <AchievementSettings setup={setup} />
          <CheckpointSettings setup={setup} />
          <DayOverrideSettings />
          <IndicatorSettings setup={setup} />
        </>
      )}
    </>
  );
}
