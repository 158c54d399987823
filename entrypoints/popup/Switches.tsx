import { useSettings } from '@/hooks/useSettings';
import { withSite } from '@/utils/settings';

/** On/off switches: highlighting on this site, and everywhere (also Alt+Shift+H). */
export function Switches(props: { host: string | null }) {
  const [settings, change] = useSettings();
  if (!settings) return null;
  const { host } = props;
  return (
    <fieldset className="switches">
      <legend className="visually-hidden">Highlighting</legend>
      {host ? (
        <label>
          {/* Greyed while highlighting is off everywhere: the site's own switch keeps its value. */}
          <input
            type="checkbox"
            disabled={!settings.enabled}
            checked={!settings.disabledSites.includes(host)}
            onChange={(e) => void change((s) => withSite(s, host, e.target.checked))}
          />
          Highlight companies on {host}
        </label>
      ) : null}
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => void change((s) => ({ ...s, enabled: e.target.checked }))}
        />
        Highlight everywhere <kbd>Alt+Shift+H</kbd>
      </label>
    </fieldset>
  );
}
