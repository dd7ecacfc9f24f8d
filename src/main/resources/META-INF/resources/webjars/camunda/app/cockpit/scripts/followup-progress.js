/*
 * Decision Follow-up: a tab "অগ্রগতি" on a meeting's or a decision's page in Cockpit. Cockpit lists an instance's
 * tasks by their activity ("হালনাগাদ তথ্য দাখিল" once per office) and its variables by English names, so which
 * office has not reported is hard to see there. The tab shows the progress report the next meeting reads (the
 * meeting's; on a decision's page scrolled to its row), from the same page the committee prints. (Loaded by
 * config.js's customScripts.)
 */
function engineApi(api) {
  if (api && api.engineApi) {
    return api.engineApi;
  }
  const base = document.querySelector('base');
  return (base ? base.getAttribute('engine-api') : '/camunda/api/engine/') + 'engine/default';
}

async function variable(api, processInstanceId, name) {
  const response = await fetch(`${engineApi(api)}/process-instance/${processInstanceId}/variables/${name}`, {
    headers: { Accept: 'application/json' },
    credentials: 'same-origin'
  });
  return response.ok ? (await response.json()).value : null;
}

function say(node, text) {
  node.textContent = '';
  const p = document.createElement('p');
  p.textContent = text;
  node.append(p);
}

export default {
  id: 'followup-progress',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: -10, // after Cockpit's own tabs: not the one a page opens with
  properties: { label: 'অগ্রগতি' },
  render: (node, { api, processInstanceId }) => {
    say(node, 'অগ্রগতি প্রতিবেদন আনা হচ্ছে…');
    Promise.all([variable(api, processInstanceId, 'memoKey'), variable(api, processInstanceId, 'decisionNumber')])
      .then(([memoKey, number]) => {
        if (!memoKey) {
          say(node, 'এই প্রক্রিয়ার কোনো অগ্রগতি প্রতিবেদন নেই / no progress report for this process');
          return;
        }
        const page = `/api/meetings/${encodeURIComponent(memoKey)}/progress.html${number ? `#decision-${number}` : ''}`;
        node.textContent = '';
        const link = document.createElement('a');
        link.href = page;
        link.target = '_blank';
        link.rel = 'noopener';
        link.className = 'followup-progress-link';
        link.textContent = 'মুদ্রণযোগ্য অগ্রগতি প্রতিবেদন নতুন ট্যাবে খুলুন / open the printable report';
        const frame = document.createElement('iframe');
        frame.src = page;
        frame.title = 'অগ্রগতি প্রতিবেদন / progress report';
        frame.className = 'followup-progress';
        frame.style.cssText = 'display:block;width:100%;height:70vh;margin-top:8px;border:1px solid #ccc;';
        node.append(link, frame);
      })
      .catch(() => say(node, 'অগ্রগতি প্রতিবেদন আনা যায়নি; পাতাটি আবার খুলুন / the progress report could not be loaded'));
  }
};
