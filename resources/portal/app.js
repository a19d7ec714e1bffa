// HotlineDesk taxpayer portal: the online consultation (在线咨询) and the knowledge lists.
// No framework, no build step. Every text from the server is set with textContent (never innerHTML).
// The conversation's token and the last event seen live in sessionStorage (no cookies), so a reload resumes.
'use strict';

(function () {
  const STORE_KEY = 'hotlinedesk.chat';
  const MAX_MESSAGE = 500;
  const MAX_COMMENT = 200;
  const POLL_WAIT = 25;

  const $ = (id) => document.getElementById(id);
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  };

  // ---------------------------------------------------------------- session (sessionStorage only)
  const session = {
    token: '',
    lastSeq: 0,
    load() {
      try {
        const saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || 'null');
        if (saved && typeof saved.token === 'string' && /^[0-9a-f]{32}$/i.test(saved.token)) {
          this.token = saved.token;
          this.lastSeq = Number.isInteger(saved.lastSeq) && saved.lastSeq > 0 ? saved.lastSeq : 0;
        }
      } catch (e) {
        this.clear();
      }
    },
    save() {
      try {
        sessionStorage.setItem(STORE_KEY, JSON.stringify({ token: this.token, lastSeq: this.lastSeq }));
      } catch (e) { /* private mode: the chat still works, a reload starts anew */ }
    },
    clear() {
      this.token = '';
      this.lastSeq = 0;
      try { sessionStorage.removeItem(STORE_KEY); } catch (e) { /* ignore */ }
    },
  };

  function newClientId() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    const b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  // ---------------------------------------------------------------- HTTP
  class ApiError extends Error {
    constructor(status, body, retryAfter) {
      super((body && body.message) || `HTTP ${status}`);
      this.status = status;
      this.code = (body && body.error) || '';
      this.field = (body && body.field) || '';
      this.serverMessage = (body && body.message) || '';
      this.retryAfter = retryAfter;
    }
  }

  async function api(method, path, body, withToken) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (withToken) headers['X-Chat-Token'] = session.token;
    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'omit',
      });
    } catch (e) {
      throw new ApiError(0, null, 0);
    }
    let data = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('application/json')) {
      try { data = await response.json(); } catch (e) { data = null; }
    }
    if (!response.ok) {
      const retry = parseInt(response.headers.get('Retry-After') || '0', 10);
      throw new ApiError(response.status, data, Number.isFinite(retry) ? retry : 0);
    }
    return data || {};
  }

  // The server's message when it is in Chinese (the portal translates its messages), else ours.
  function chinese(serverMessage, fallback) {
    const m = String(serverMessage || '');
    return /[\u4e00-\u9fff]/.test(m) && !/[A-Za-z]{5,}/.test(m) ? m : fallback;
  }

  const FIELD_MESSAGES = {
    text: `内容不能为空，且不超过 ${MAX_MESSAGE} 字。`,
    phone: '请填写正确的手机号码，或带区号的固定电话。',
    name: '请填写姓名。',
    question: `请填写您的问题（不超过 ${MAX_MESSAGE} 字）。`,
    level: '请选择一个评价等级。',
    comment: `意见不超过 ${MAX_COMMENT} 字。`,
    q: '关键词不超过 100 字。',
  };

  // A clear Chinese message for a refused request.
  function describe(err, context) {
    if (!(err instanceof ApiError)) return '出现了意外错误，请稍后再试。';
    const wait = err.retryAfter > 0 ? `（约 ${err.retryAfter} 秒后）` : '';
    switch (err.status) {
      case 0: return '网络连接中断，请检查网络后重试。';
      case 400: return chinese(err.serverMessage, FIELD_MESSAGES[err.field] || '填写的内容有误，请检查后重试。');
      case 401: return '会话已失效，请开始新的咨询。';
      case 403: return '请求被拒绝，请刷新页面后重试。';
      case 404: return context === 'article' ? '该问题已下线或不存在。' : '请求的内容不存在。';
      case 409:
        if (err.code === 'closed') return '本次咨询已结束，如需继续请开始新的咨询。';
        if (context === 'rating') return chinese(err.serverMessage, '本次咨询已评价过，或没有人工服务可评价。');
        if (context === 'feedback') return '这条回答已经评价过了。';
        if (context === 'handoff') return chinese(err.serverMessage, '现在不是人工服务时间，您可以留言登记回访。');
        return chinese(err.serverMessage, '操作无法完成，请刷新页面后重试。');
      case 413: return '提交的内容过长。';
      case 429:
        if (context === 'start') return `新建咨询太频繁，请稍后再试${wait}。`;
        if (context === 'message') return `发送太频繁，请稍后再试${wait}。`;
        return `操作太频繁，请稍后再试${wait}。`;
      default:
        if (err.status >= 500) return '服务暂时不可用，请稍后再试。';
        return chinese(err.serverMessage, `请求失败（${err.status}），请稍后再试。`);
    }
  }

  // ---------------------------------------------------------------- sections (tabs)
  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));
  const loaded = {};

  function showSection(id, focusTab) {
    $('articleView').hidden = true;
    for (const tab of tabs) {
      const on = tab.getAttribute('aria-controls') === id;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on ? 0 : -1;
      $(tab.getAttribute('aria-controls')).hidden = !on;
      if (on && focusTab) tab.focus();
    }
    if (id === 'hot' && !loaded.hot) loadHot();
    if (id === 'courses' && !loaded.courses) loadLinks('courses');
    if (id === 'news' && !loaded.news) loadLinks('news');
    if (id === 'search') $('searchInput').focus();
    if (id === 'chat') $('messageInput').focus();
  }

  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => showSection(tab.getAttribute('aria-controls'), false));
    tab.addEventListener('keydown', (e) => {
      let next = -1;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % tabs.length;
      if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + tabs.length) % tabs.length;
      if (e.key === 'Home') next = 0;
      if (e.key === 'End') next = tabs.length - 1;
      if (next >= 0) {
        e.preventDefault();
        showSection(tabs[next].getAttribute('aria-controls'), true);
      }
    });
  });

  // ---------------------------------------------------------------- knowledge lists
  function formatDate(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    const parts = new Intl.DateTimeFormat('zh-CN', {
      timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hour12: false,
    }).formatToParts(d);
    const get = (t) => (parts.find((p) => p.type === t) || {}).value || '';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
  }

  function safeUrl(raw) {
    try {
      const u = new URL(String(raw), window.location.href);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '';
    } catch (e) {
      return '';
    }
  }

  function setListState(id, text) {
    $(id).textContent = text || '';
  }

  function articleButton(item) {
    const button = el('button', 'link-button', item.title);
    button.type = 'button';
    button.addEventListener('click', () => openArticle(item.id, button));
    return button;
  }

  async function loadHot() {
    setListState('hotState', '正在加载…');
    try {
      const data = await api('GET', '/api/kb/hot');
      const list = $('hotList');
      list.replaceChildren();
      for (const item of data.items || []) {
        const li = el('li');
        li.append(articleButton(item));
        if (item.category) li.append(el('span', 'tag', item.category));
        list.append(li);
      }
      loaded.hot = true;
      setListState('hotState', list.children.length ? '' : '暂无热点问题。');
    } catch (e) {
      setListState('hotState', describe(e, 'list'));
    }
  }

  async function loadLinks(kind) {
    const stateId = `${kind}State`;
    setListState(stateId, '正在加载…');
    try {
      const data = await api('GET', `/api/kb/${kind}`);
      const list = $(`${kind}List`);
      list.replaceChildren();
      for (const item of data.items || []) {
        const li = el('li');
        const href = safeUrl(item.url);
        if (href) {
          const a = el('a', '', item.title);
          a.href = href;
          a.target = '_blank';
          a.rel = 'noopener noreferrer';
          li.append(a);
        } else {
          li.append(el('span', '', item.title));
        }
        const when = kind === 'courses' && item.startsAt
          ? `开课：${formatDate(item.startsAt)}`
          : (item.publishedOn ? `发布：${String(item.publishedOn).slice(0, 10)}` : '');
        if (when) li.append(el('span', 'meta', when));
        list.append(li);
      }
      loaded[kind] = true;
      setListState(stateId, list.children.length ? '' : (kind === 'courses' ? '暂无课程安排。' : '暂无资讯。'));
    } catch (e) {
      setListState(stateId, describe(e, 'list'));
    }
  }

  // The search marks its hits 〖like this〗: shown as <mark>, built node by node (the text stays text).
  function snippetNode(snippet) {
    const p = el('p', 'snippet');
    for (const [i, part] of String(snippet).split(/[〖〗]/).entries()) {
      if (part) p.append(i % 2 ? el('mark', '', part) : document.createTextNode(part));
    }
    return p;
  }

  $('searchForm').addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = $('searchInput').value.trim();
    const list = $('searchList');
    if (!q) {
      setListState('searchState', '请输入关键词。');
      return;
    }
    if (q.length > 100) {
      setListState('searchState', '关键词不超过 100 字。');
      return;
    }
    setListState('searchState', '正在查询…');
    try {
      const data = await api('GET', `/api/kb/search?q=${encodeURIComponent(q)}`);
      list.replaceChildren();
      for (const item of data.items || []) {
        const li = el('li');
        li.append(articleButton(item));
        if (item.snippet) li.append(snippetNode(item.snippet));
        list.append(li);
      }
      setListState('searchState', list.children.length ? `找到 ${list.children.length} 条结果。` : '没有找到相关问题，您可以在线咨询。');
    } catch (err) {
      setListState('searchState', describe(err, 'list'));
    }
  });

  let articleReturn = null;
  let articleQuestion = '';

  async function openArticle(id, opener) {
    articleReturn = { section: tabs.find((t) => t.getAttribute('aria-selected') === 'true').getAttribute('aria-controls'), opener };
    try {
      const a = await api('GET', `/api/kb/articles/${encodeURIComponent(id)}`);
      for (const tab of tabs) $(tab.getAttribute('aria-controls')).hidden = true;
      $('articleTitle').textContent = a.title || '';
      $('articleMeta').textContent = [a.category, a.updatedAt ? `更新：${String(a.updatedAt).slice(0, 10)}` : '']
        .filter(Boolean).join(' · ');
      const body = $('articleBody');
      body.replaceChildren();
      for (const para of String(a.answer || '').split(/\n+/)) {
        if (para.trim()) body.append(el('p', '', para));
      }
      articleQuestion = a.title || '';
      $('articleView').hidden = false;
      $('articleBack').focus();
    } catch (e) {
      window.alert(describe(e, 'article'));
    }
  }

  function closeArticle() {
    $('articleView').hidden = true;
    const back = articleReturn;
    articleReturn = null;
    showSection(back ? back.section : 'hot', false);
    if (back && back.opener && document.contains(back.opener)) back.opener.focus();
  }

  $('articleBack').addEventListener('click', closeArticle);
  $('articleView').addEventListener('keydown', (e) => { if (e.key === 'Escape') closeArticle(); });
  $('articleAsk').addEventListener('click', () => {
    const q = articleQuestion;
    showSection('chat', false);
    $('messageInput').value = q.slice(0, MAX_MESSAGE);
    updateCounter();
    $('messageInput').focus();
  });

  // ---------------------------------------------------------------- office hours
  let office = { inOfficeHours: false, known: false };

  function renderOffice() {
    const s = office;
    if (!s.known) return;
    const hours = s.officeHours ? `工作日 ${String(s.officeHours).replace(/,/g, '、')}` : '工作日';
    let text;
    if (s.inOfficeHours) {
      text = `人工服务时间 · ${hours}`;
      if (Number.isInteger(s.agentsOnline)) text += s.agentsOnline > 0 ? ` · 在线坐席 ${s.agentsOnline} 位` : ' · 坐席暂时忙碌，可留言';
    } else {
      const why = s.holiday ? `${s.holiday}假期，` : (s.workingDay === false ? '今天休息，' : '');
      text = `${why}非人工服务时间，智能咨询助手 7×24 小时在线 · 人工服务：${hours}`;
    }
    const line = $('officeStatus');
    line.textContent = text;
    line.classList.toggle('open', !!s.inOfficeHours);
  }

  async function loadOfficeStatus() {
    try {
      const s = await api('GET', '/api/status');
      const changed = office.known && office.inOfficeHours !== s.inOfficeHours;
      office = { ...s, known: true };
      if (changed) refreshStatus();
      renderOffice();
    } catch (e) {
      $('officeStatus').textContent = '暂时无法获取服务时间。';
    }
    renderControls();
  }

  // ---------------------------------------------------------------- the conversation
  const chat = {
    status: null,          // ChatStatus JSON
    answers: new Map(),    // answer seq -> {feedback node}
    feedbackGiven: new Map(), // answer seq -> helpful
    seen: new Set(),       // event seqs shown
    maxSeen: 0,            // the highest seq this page holds: reconnects replay from here (a reload from 0)
    callbackRegistered: false,
    lastWhat: '',          // the latest notice's what (a message_offered right after queued: the agents are busy)
    handoffHighlighted: false,
    messageOffered: false,
    sending: false,
    starting: null,
  };

  const log = $('chatLog');

  function scrollLog() {
    // Desktop: the log scrolls inside its box; phone: the page scrolls (the composer stays at the bottom).
    if (log.scrollHeight > log.clientHeight + 2) log.scrollTop = log.scrollHeight;
    if (log.lastElementChild) log.lastElementChild.scrollIntoView({ block: 'nearest' });
  }

  function timeOf(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return '';
    return new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(d);
  }

  function bubble(who, whoClass, text, at) {
    const li = el('li', `msg ${whoClass}`);
    const head = el('p', 'who');
    head.append(el('span', '', who));
    if (at) head.append(el('time', '', timeOf(at)));
    li.append(head);
    li.append(el('p', 'text', text));
    return li;
  }

  function feedbackState(seq) {
    const entry = chat.answers.get(seq);
    if (!entry) return;
    const given = chat.feedbackGiven.get(seq);
    if (given === undefined) return;
    entry.box.replaceChildren(el('span', 'feedback-done', given ? '已评价：有用，谢谢！' : '已评价：没用，我们会改进。'));
  }

  async function sendFeedback(seq, helpful, box) {
    for (const b of box.querySelectorAll('button')) b.disabled = true;
    try {
      const data = await api('POST', '/api/conversation/feedback', { answerSeq: seq, helpful }, true);
      chat.feedbackGiven.set(seq, helpful);
      if (data && data.event) handleEvent(data.event);
      feedbackState(seq);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.code !== 'closed') {
        chat.feedbackGiven.set(seq, helpful);
        feedbackState(seq);
      } else {
        for (const b of box.querySelectorAll('button')) b.disabled = false;
        showError(describe(e, 'feedback'));
      }
    }
  }

  function renderAnswer(event) {
    const data = event.data || {};
    const related = Array.isArray(data.related) ? data.related : [];
    // A confident answer is the article's own text; a miss is said in the page's words.
    const text = data.confident === false
      ? (related.length ? '抱歉，我不太确定您问的是哪个问题，您是不是想问下面这些？' : '抱歉，没有找到相关的答案，请换个说法再问一次。')
      : event.text;
    const li = bubble('智能咨询助手', 'robot', text, event.at);
    if (data.title && data.confident) li.insertBefore(el('p', 'answer-title', data.title), li.lastChild);
    if (related.length) {
      li.append(el('p', 'related-head', '相关问题（点击即可提问）：'));
      const ul = el('ul', 'related');
      for (const r of related) {
        const item = el('li');
        const b = el('button', 'link-button', r.title);
        b.type = 'button';
        b.addEventListener('click', () => sendText(String(r.title || '')));
        item.append(b);
        ul.append(item);
      }
      li.append(ul);
    }
    const box = el('div', 'feedback');
    box.append(el('span', 'feedback-label', '有帮助吗？'));
    const yes = el('button', 'small', '有用');
    yes.type = 'button';
    const no = el('button', 'small', '没用');
    no.type = 'button';
    yes.addEventListener('click', () => sendFeedback(event.seq, true, box));
    no.addEventListener('click', () => sendFeedback(event.seq, false, box));
    box.append(yes, no);
    li.append(box);
    chat.answers.set(event.seq, { box });
    feedbackState(event.seq);
    return li;
  }

  // The page's own words for what a notice says happened (data.what), so the log reads the same whatever language
  // the server wrote its text in; a notice the page does not know keeps the server's text.
  function noticeText(event, previous) {
    const data = event.data || {};
    const hours = data.officeHours ? `工作日 ${String(data.officeHours).replace(/,/g, '、')}` : '工作日';
    switch (data.what) {
      case 'welcome':
        return data.inOfficeHours
          ? '欢迎使用 12366 网上咨询！在线坐席将尽快为您服务，请描述您的问题。'
          : `欢迎使用 12366 网上咨询！人工服务时间为${hours}，现在由智能咨询助手为您解答。`;
      case 'queued':
        return Number.isInteger(data.position) && data.position > 0
          ? `正在为您转接在线坐席，您排在第 ${data.position} 位。` : '正在为您转接在线坐席。';
      case 'accepted': return data.agentName ? `在线坐席 ${data.agentName} 为您服务。` : '在线坐席为您服务。';
      case 'transferred': return data.agentName ? `已为您转接在线坐席 ${data.agentName}。` : '已为您转接其他在线坐席。';
      case 'handoff_offered': return '没有找到满意的答案？您可以点击“转人工”，由在线坐席为您解答。';
      case 'message_offered':
        return chat.lastWhat === 'queued' || (previous && previous.state === 'queued')
          ? '在线坐席暂时忙碌，您可以继续等待，也可以点击“留言 / 登记回访”，我们会回电。'
          : '现在是非人工服务时间，您可以点击“留言 / 登记回访”，留下姓名、电话和问题，我们将在下一个工作日回电。';
      case 'callback_registered': return '已为您登记回访。';
      case 'closed':
        if (data.by === 'agent') return '在线坐席结束了本次咨询。';
        if (data.by === 'idle') return '长时间没有新消息，本次咨询已自动结束。';
        return '您已结束本次咨询。';
      case 'linked': return '';
      default: return event.text;
    }
  }

  function renderNotice(event) {
    const data = event.data || {};
    const what = String(data.what || '');
    const text = noticeText(event, chat.status);
    if (!text && what !== 'callback_registered') return null;
    const li = el('li', `notice notice-${what.replace(/[^a-z_]/g, '')}`);
    li.append(el('p', 'text', text));
    if (what === 'callback_registered') {
      const card = el('div', 'confirmation');
      card.append(el('p', '', `登记成功，工单编号：${data.ticketNo || ''}`));
      if (data.callbackDeadline) card.append(el('p', '', `我们将在 ${formatDate(data.callbackDeadline)} 前回电。`));
      li.append(card);
    }
    chat.lastWhat = what;
    if (what === 'handoff_offered') chat.handoffHighlighted = true;
    if (what === 'message_offered') chat.messageOffered = true;
    if (what === 'callback_registered') chat.callbackRegistered = true;
    return li;
  }

  function handleEvent(event) {
    if (!event || !Number.isInteger(event.seq) || chat.seen.has(event.seq)) return;
    chat.seen.add(event.seq);
    chat.maxSeen = Math.max(chat.maxSeen, event.seq);
    if (event.seq > session.lastSeq) {
      session.lastSeq = event.seq;
      session.save();
    }
    let node = null;
    if (event.kind === 'message') {
      if (event.author === 'taxpayer') node = bubble('我', 'me', event.text, event.at);
      else if (event.author === 'agent') node = bubble(event.agentName ? `在线坐席 ${event.agentName}` : '在线坐席', 'agent', event.text, event.at);
      else node = bubble('系统', 'system', event.text, event.at);
    } else if (event.kind === 'answer') {
      node = renderAnswer(event);
    } else if (event.kind === 'notice') {
      node = renderNotice(event);
    } else if (event.kind === 'feedback') {
      const d = event.data || {};
      if (Number.isInteger(d.answerSeq)) {
        chat.feedbackGiven.set(d.answerSeq, !!d.helpful);
        feedbackState(d.answerSeq);
      }
    } else if (event.kind === 'rating') {
      const names = { 5: '非常满意', 4: '满意', 3: '一般', 2: '不满意', 1: '非常不满意' };
      const level = names[(event.data || {}).level];
      node = el('li', 'notice notice-rating', null);
      node.append(el('p', 'text', level ? `感谢您的评价：${level}。` : '感谢您的评价！'));
    }
    if (node) {
      node.dataset.seq = String(event.seq);
      // Events arrive in order; a late one (from a replay) goes to its place.
      const later = Array.from(log.children).find((c) => Number(c.dataset.seq) > event.seq);
      if (later) log.insertBefore(node, later); else log.append(node);
      scrollLog();
    }
    renderControls();
  }

  function applyStatus(status) {
    if (!status || typeof status !== 'object') return;
    chat.status = status;
    chat.messageOffered = !!status.messageOffered; // the server's word (a notice sets it until the next status)
    if (office.known && Number.isInteger(status.agentsOnline) && status.agentsOnline !== office.agentsOnline) {
      office.agentsOnline = status.agentsOnline;
      renderOffice();
    }
    if (typeof status.inOfficeHours === 'boolean' && office.inOfficeHours !== status.inOfficeHours) {
      office.inOfficeHours = status.inOfficeHours;
      loadOfficeStatus();
    }
    renderControls();
  }

  function stateLine() {
    const s = chat.status;
    if (!session.token || !s) {
      return office.inOfficeHours ? '您好！请输入您的问题，在线坐席将为您解答。' : '您好！我是智能咨询助手，请输入您的问题。';
    }
    switch (s.state) {
      case 'robot': return '智能咨询助手为您服务';
      case 'queued':
        if (s.queuePosition === 1) return '排队中：您排第 1 位，请稍候';
        return s.queuePosition > 1 ? `排队中：您排第 ${s.queuePosition} 位（前面 ${s.queuePosition - 1} 位）` : '正在为您转接在线坐席，请稍候';
      case 'serving': return s.agentName ? `在线坐席 ${s.agentName} 为您服务` : '在线坐席为您服务';
      case 'closed': return '本次咨询已结束';
      default: return '';
    }
  }

  function renderControls() {
    const s = chat.status;
    const state = session.token && s ? s.state : '';
    const closed = state === 'closed';
    $('chatState').textContent = stateLine();
    $('chatState').classList.toggle('queued', state === 'queued');

    const handoff = $('handoffButton');
    const inOffice = s && typeof s.inOfficeHours === 'boolean' ? s.inOfficeHours : office.inOfficeHours;
    // 转人工: always there in office hours while the robot answers (or before the first question).
    handoff.hidden = !(state === '' ? office.inOfficeHours : state === 'robot' && (inOffice || s.handoffAvailable));
    const highlight = chat.handoffHighlighted || (s && s.robotMisses >= 2);
    handoff.classList.toggle('highlight', !!highlight && !handoff.hidden);

    const leave = $('leaveButton');
    leave.hidden = !(session.token && !closed && !chat.callbackRegistered && chat.messageOffered);

    $('endButton').hidden = !(session.token && s && !closed);
    $('restartButton').hidden = !closed;

    const mayRate = !!(s && s.mayRate && !s.rated && closed);
    $('ratingForm').hidden = !mayRate;

    const input = $('messageInput');
    input.disabled = closed;
    $('composer').hidden = closed; // the rating and 开始新的咨询 take its place
    $('sendButton').disabled = closed || chat.sending;
    input.placeholder = closed ? '本次咨询已结束' : '请输入您的问题（Enter 发送，Shift+Enter 换行）';
  }

  function showError(text) {
    $('chatError').textContent = text || '';
  }

  // ---------------------------------------------------------------- transport: WebSocket, long-poll fallback
  const transport = {
    ws: null,
    mode: 'ws',         // 'ws' or 'poll'
    wsFailures: 0,
    backoff: 1000,
    timer: 0,
    pollAbort: null,
    running: false,
    generation: 0,
  };

  function stopTransport() {
    transport.running = false;
    transport.generation += 1;
    clearTimeout(transport.timer);
    if (transport.ws) {
      const ws = transport.ws;
      transport.ws = null;
      ws.onclose = null;
      ws.close(1000);
    }
    if (transport.pollAbort) transport.pollAbort.abort();
  }

  function startTransport() {
    stopTransport();
    if (!session.token) return;
    transport.running = true;
    transport.backoff = 1000;
    if (transport.mode === 'poll' || typeof WebSocket !== 'function') pollLoop(transport.generation);
    else openSocket(transport.generation);
  }

  function retryLater(generation, fn) {
    if (generation !== transport.generation) return;
    const delay = transport.backoff + Math.floor(Math.random() * 500);
    transport.backoff = Math.min(transport.backoff * 2, 30000);
    transport.timer = setTimeout(() => { if (generation === transport.generation) fn(generation); }, delay);
  }

  function sessionLost() {
    stopTransport();
    session.clear();
    chat.status = null;
    showError('会话已失效，请开始新的咨询。');
    renderControls();
    $('restartButton').hidden = false;
  }

  function openSocket(generation) {
    const url = `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/api/ws`;
    let heard = false; // a socket that closes before its first frame (refused, or a proxy in the way) is a failure
    let ws;
    try {
      ws = new WebSocket(url);
    } catch (e) {
      transport.mode = 'poll';
      pollLoop(generation);
      return;
    }
    transport.ws = ws;
    ws.onopen = () => {
      ws.send(JSON.stringify({ token: session.token, after: chat.maxSeen }));
    };
    ws.onmessage = (m) => {
      let frame;
      try { frame = JSON.parse(m.data); } catch (e) { return; }
      heard = true;
      transport.wsFailures = 0;
      transport.backoff = 1000;
      if (frame.type === 'event') handleEvent(frame.event);
      else if (frame.type === 'status') applyStatus(frame.status);
    };
    ws.onclose = (e) => {
      if (transport.ws === ws) transport.ws = null;
      if (generation !== transport.generation) return;
      if (e.code === 4401) { sessionLost(); return; }
      if (e.code === 4403) { showError('连接被拒绝，请刷新页面后重试。'); return; }
      if (!heard) transport.wsFailures += 1;
      if (transport.wsFailures >= 2) {
        // The socket does not get through (a proxy in the way): follow the log by long-polling instead.
        transport.mode = 'poll';
        pollLoop(generation);
        return;
      }
      retryLater(generation, (g) => { refreshStatus(); openSocket(g); });
    };
  }

  async function pollLoop(generation) {
    while (generation === transport.generation && session.token) {
      const controller = new AbortController();
      transport.pollAbort = controller;
      const guard = setTimeout(() => controller.abort(), (POLL_WAIT + 10) * 1000);
      try {
        const response = await fetch(`/api/conversation/events?after=${chat.maxSeen}&wait=${POLL_WAIT}`, {
          headers: { Accept: 'application/json', 'X-Chat-Token': session.token },
          cache: 'no-store',
          credentials: 'omit',
          signal: controller.signal,
        });
        clearTimeout(guard);
        if (generation !== transport.generation) return;
        if (response.status === 401) { sessionLost(); return; }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const data = await response.json();
        for (const ev of data.events || []) handleEvent(ev);
        applyStatus(data.status);
        transport.backoff = 1000;
      } catch (e) {
        clearTimeout(guard);
        if (generation !== transport.generation) return;
        await new Promise((resolve) => {
          const delay = transport.backoff + Math.floor(Math.random() * 500);
          transport.backoff = Math.min(transport.backoff * 2, 30000);
          transport.timer = setTimeout(resolve, delay);
        });
      }
    }
  }

  async function refreshStatus() {
    if (!session.token) return;
    try {
      applyStatus(await api('GET', '/api/conversation', undefined, true));
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) sessionLost();
    }
  }

  // ---------------------------------------------------------------- writes
  async function ensureConversation() {
    if (session.token) return true;
    if (!chat.starting) {
      chat.starting = (async () => {
        const data = await api('POST', '/api/conversations', {});
        session.token = data.token;
        session.lastSeq = 0;
        session.save();
        for (const ev of data.events || []) handleEvent(ev);
        applyStatus(data.status);
        startTransport();
      })().finally(() => { chat.starting = null; });
    }
    try {
      await chat.starting;
      return true;
    } catch (e) {
      showError(describe(e, 'start'));
      return false;
    }
  }

  async function postWithRetry(path, body) {
    // A write carries its own clientId: retrying it after a lost answer never doubles it.
    let lastError;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        return await api('POST', path, body, true);
      } catch (e) {
        lastError = e;
        if (!(e instanceof ApiError) || (e.status !== 0 && e.status < 500)) throw e;
        await new Promise((r) => setTimeout(r, 800 * (attempt + 1)));
      }
    }
    throw lastError;
  }

  async function sendText(text) {
    text = String(text);
    if (!text.trim()) {
      showError('请输入您的问题。');
      return false;
    }
    if (text.length > MAX_MESSAGE) {
      showError(`每条消息不超过 ${MAX_MESSAGE} 字，当前 ${text.length} 字。`);
      return false;
    }
    if (chat.sending) return false;
    chat.sending = true;
    renderControls();
    showError('');
    try {
      if (!(await ensureConversation())) return false;
      const data = await postWithRetry('/api/conversation/messages', { clientId: newClientId(), text });
      for (const ev of data.events || []) handleEvent(ev);
      if (chat.status && chat.status.state !== 'serving') refreshStatus();
      return true;
    } catch (e) {
      showError(describe(e, 'message'));
      if (e instanceof ApiError && e.status === 409 && e.code === 'closed') refreshStatus();
      if (e instanceof ApiError && e.status === 401) sessionLost();
      return false;
    } finally {
      chat.sending = false;
      renderControls();
    }
  }

  function updateCounter() {
    const n = $('messageInput').value.length;
    const counter = $('messageCounter');
    counter.textContent = `${n} / ${MAX_MESSAGE}`;
    counter.classList.toggle('over', n > MAX_MESSAGE);
  }

  $('messageInput').addEventListener('input', updateCounter);
  $('messageInput').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      $('composer').requestSubmit();
    }
  });
  $('composer').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = $('messageInput');
    if (await sendText(input.value)) {
      input.value = '';
      updateCounter();
    }
    input.focus();
  });

  $('handoffButton').addEventListener('click', async () => {
    const button = $('handoffButton');
    button.disabled = true;
    showError('');
    try {
      if (!session.token) {
        // In office hours a new conversation queues for the online agents by itself.
        await ensureConversation();
        return;
      }
      const data = await api('POST', '/api/conversation/handoff', {}, true);
      for (const ev of data.events || []) handleEvent(ev);
      applyStatus(data.status);
    } catch (e) {
      showError(describe(e, 'handoff'));
      if (e instanceof ApiError && e.status === 409) {
        chat.messageOffered = true;
        loadOfficeStatus();
        refreshStatus();
      }
    } finally {
      button.disabled = false;
      renderControls();
    }
  });

  $('endButton').addEventListener('click', async () => {
    if (!window.confirm('确定结束本次咨询吗？')) return;
    try {
      const data = await api('POST', '/api/conversation/close', {}, true);
      for (const ev of (data && data.events) || []) handleEvent(ev);
      if (data && data.status) applyStatus(data.status); else await refreshStatus();
    } catch (e) {
      showError(describe(e, 'close'));
      refreshStatus();
    }
  });

  $('restartButton').addEventListener('click', () => {
    stopTransport();
    session.clear();
    chat.status = null;
    chat.seen.clear();
    chat.maxSeen = 0;
    chat.callbackRegistered = false;
    chat.lastWhat = '';
    chat.answers.clear();
    chat.feedbackGiven.clear();
    chat.handoffHighlighted = false;
    chat.messageOffered = false;
    log.replaceChildren();
    $('leaveForm').hidden = true;
    showError('');
    renderControls();
    $('messageInput').focus();
  });

  // ---- 留言 / 登记回访
  const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

  $('leaveButton').addEventListener('click', () => {
    const form = $('leaveForm');
    form.hidden = false;
    const lastMine = Array.from(log.querySelectorAll('.msg.me .text')).pop();
    if (lastMine && !$('leaveQuestion').value) $('leaveQuestion').value = lastMine.textContent;
    $('leaveName').focus();
  });
  $('leaveCancel').addEventListener('click', () => {
    $('leaveForm').hidden = true;
    $('leaveButton').focus();
  });
  $('leavePhone').addEventListener('input', () => { $('leavePhoneError').textContent = ''; });

  let leaveClientId = '';
  $('leaveForm').addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = $('leaveName').value.trim();
    const phone = $('leavePhone').value.replace(/[\s()（）]/g, '');
    const question = $('leaveQuestion').value.trim();
    $('leaveError').textContent = '';
    $('leavePhoneError').textContent = '';
    if (!name) { $('leaveError').textContent = '请填写姓名。'; $('leaveName').focus(); return; }
    if (!PHONE.test(phone)) {
      $('leavePhoneError').textContent = '请填写正确的手机号码，或带区号的固定电话（如 0771-5551234）。';
      $('leavePhone').focus();
      return;
    }
    if (!question) { $('leaveError').textContent = '请填写您的问题。'; $('leaveQuestion').focus(); return; }
    if (question.length > MAX_MESSAGE) { $('leaveError').textContent = `问题不超过 ${MAX_MESSAGE} 字。`; return; }
    if (!leaveClientId) leaveClientId = newClientId();
    $('leaveSubmit').disabled = true;
    try {
      if (!(await ensureConversation())) return;
      const data = await postWithRetry('/api/conversation/leave-message', { clientId: leaveClientId, name, phone, question });
      leaveClientId = '';
      chat.callbackRegistered = true;
      $('leaveForm').hidden = true;
      $('leaveForm').reset();
      const li = el('li', 'notice notice-local');
      const card = el('div', 'confirmation');
      card.append(el('p', '', `登记成功，工单编号：${data.ticketNo || ''}`));
      if (data.callbackDeadline) card.append(el('p', '', `我们将在 ${formatDate(data.callbackDeadline)} 前回电。`));
      li.append(card);
      if (!log.querySelector('.notice-callback_registered')) {
        log.append(li);
        scrollLog();
      }
      refreshStatus();
    } catch (err) {
      if (err instanceof ApiError && err.field === 'phone') {
        $('leavePhoneError').textContent = describe(err, 'leave');
        $('leavePhone').focus();
      } else {
        $('leaveError').textContent = describe(err, 'leave');
      }
    } finally {
      $('leaveSubmit').disabled = false;
    }
  });

  // ---- rating
  $('ratingComment').addEventListener('input', () => {
    const n = $('ratingComment').value.length;
    $('ratingCounter').textContent = `${n} / ${MAX_COMMENT}`;
    $('ratingCounter').classList.toggle('over', n > MAX_COMMENT);
  });
  $('ratingForm').addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = $('ratingForm').querySelector('input[name="level"]:checked');
    $('ratingError').textContent = '';
    if (!chosen) { $('ratingError').textContent = '请选择一个评价等级。'; return; }
    const comment = $('ratingComment').value.trim();
    if (comment.length > MAX_COMMENT) { $('ratingError').textContent = `意见不超过 ${MAX_COMMENT} 字。`; return; }
    $('ratingSubmit').disabled = true;
    try {
      const data = await api('POST', '/api/conversation/rating', { level: Number(chosen.value), comment }, true);
      if (data && data.event) handleEvent(data.event);
      if (chat.status) chat.status.rated = true;
      renderControls();
      await refreshStatus();
    } catch (err) {
      $('ratingError').textContent = describe(err, 'rating');
      if (err instanceof ApiError && err.status === 409) { if (chat.status) chat.status.rated = true; renderControls(); }
    } finally {
      $('ratingSubmit').disabled = false;
    }
  });

  // ---------------------------------------------------------------- start
  session.load();
  renderControls();
  updateCounter();
  loadOfficeStatus();
  setInterval(loadOfficeStatus, 60000);
  if (session.token) {
    refreshStatus().then(() => { if (session.token) startTransport(); });
  }
  window.addEventListener('resize', () => { if (!$('chat').hidden) scrollLog(); });
  document.addEventListener('visibilitychange', () => {
    // A phone that slept: catch up at once rather than at the next backoff.
    if (document.visibilityState === 'visible' && session.token && transport.running && !transport.ws && transport.mode === 'ws') {
      startTransport();
    }
  });
})();
