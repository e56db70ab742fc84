// "My pipeline" in Tasklist's header, beside "Start process": opens the rep's board of open
// leads by stage, a page of this application (/my-pipeline/) that reads GET /api/board with the
// same login. Worded in English or Polish, as Tasklist is.

import {wordsOf} from '../../sales-language/sales-language.js';
import {appRoot} from '../../sales-page/page.js';

const WORDS = wordsOf({en: {myPipeline: 'My pipeline'}, pl: {myPipeline: 'Mój lejek'}});

export default {
  id: 'my-pipeline-link',
  pluginPoint: 'tasklist.navbar.action',
  priority: 200,
  render: (node) => {
    const link = document.createElement('a');
    link.href = `${appRoot()}/my-pipeline/`;
    link.className = 'my-pipeline-link';
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-th-large';
    link.append(icon, ` ${WORDS.myPipeline}`);
    node.append(link);
  }
};
