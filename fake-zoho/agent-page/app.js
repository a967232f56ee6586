// The fake Desk agent UI: one page, routed on the client like Desk's own router, so a content script sees
// pushState/replaceState navigations without reloads. Plain browser JavaScript, inlined by index.ts.
// Every name comes from the world and may be hostile: text goes in through textContent only.
(function () {
  'use strict';
  // Desk's night theme, switched on by the agent (here: ?theme=night).
  if (new URLSearchParams(location.search).get('theme') === 'night') document.documentElement.classList.add('desk-night');
  var data = JSON.parse(document.getElementById('desk-data').textContent);
  var ROUTE_WORDS = ['contacts', 'tickets', 'accounts', 'setup', 'home', 'details'];
  var base = '/agent/' + encodeURIComponent(data.portal);

  function h(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function displayName(contact) {
    return [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email || 'Unnamed contact';
  }

  function parse() {
    var rest = location.pathname.slice(base.length).split('/').filter(Boolean);
    var department = null;
    if (rest[0] && ROUTE_WORDS.indexOf(rest[0]) === -1) department = rest.shift();
    return { department: department, segments: rest };
  }

  function departmentSegment(route) {
    return route.department || (data.departments[0] ? data.departments[0].slug : null);
  }

  function link(href, text, extra) {
    var a = h('a', Object.assign({ href: href, 'data-router': 'push' }, extra || {}), text);
    return a;
  }

  function contactUrl(route, id, tab) {
    var dep = departmentSegment(route);
    return base + (dep ? '/' + encodeURIComponent(dep) : '') + '/contacts/details/' + encodeURIComponent(id) + (tab ? '/' + tab : '');
  }

  function inDepartment(route, tail) {
    var dep = departmentSegment(route);
    return base + (dep ? '/' + encodeURIComponent(dep) : '') + tail;
  }

  /** The module rail at the left edge: switching module is what makes Desk's framework rebuild <body>. */
  function modules(route) {
    var current = moduleOf(route);
    var list = h('ul', {});
    [
      ['home', 'Home', base + '/home'],
      ['tickets', 'Tickets', inDepartment(route, '/tickets/list')],
      ['contacts', 'Contacts', inDepartment(route, '/contacts/list')],
      ['setup', 'Setup', base + '/setup'],
    ].forEach(function (entry) {
      list.append(h('li', {}, link(entry[2], entry[1], current === entry[0] ? { 'aria-current': 'page' } : {})));
    });
    return h('nav', { 'aria-label': 'Modules', class: 'desk-modules' }, list);
  }

  function accountUrl(route, id) {
    return inDepartment(route, '/accounts/details/' + encodeURIComponent(id));
  }

  function accountOf(id) {
    return data.accounts.find(function (a) {
      return a.id === id;
    });
  }

  /** Desk's account page: the company's name in the record toolbar, its contacts in a related list. */
  function accountPage(route, id) {
    var account = accountOf(id);
    if (!account) return [toolbar('Account not found', []), h('p', {}, 'This account does not exist in this portal.')];
    var count = data.contacts.filter(function (c) {
      return c.accountId === id;
    }).length;
    return [toolbar(account.accountName, ['Edit', 'More actions'], 'Account actions'), h('p', { 'data-field': 'contact-count' }, count + ' contacts')];
  }

  /** The list pane inside the main pane: recent records, and the links the tests move with. */
  function nav(route) {
    var list = h('ul', {});
    function item(node) {
      list.append(h('li', {}, node));
    }
    item(link(inDepartment(route, '/contacts/list'), 'Contacts'));
    data.contacts.slice(0, 8).forEach(function (contact) {
      item(link(contactUrl(route, contact.id), displayName(contact), { 'data-contact-id': contact.id }));
    });
    data.ticketIds.forEach(function (id) {
      item(link(inDepartment(route, '/tickets/details/' + encodeURIComponent(id)), 'Ticket #' + id));
    });
    data.accounts.slice(0, 2).forEach(function (account) {
      item(link(accountUrl(route, account.id), account.accountName, { 'data-account-id': account.id }));
    });
    item(link(base + '/setup', 'Setup'));
    item(h('a', { href: '#notes' }, 'Notes (hash link)'));
    var last = data.contacts[data.contacts.length - 1];
    if (last) item(link(contactUrl(route, last.id), 'Last contact (replaceState)', { 'data-router': 'replace' }));
    return h('nav', { 'aria-label': 'Desk navigation', class: 'desk-nav' }, list);
  }

  /** A record toolbar: the record's name at the left, its actions at the right edge, as in Desk. */
  function toolbar(title, buttons, label) {
    var bar = h('div', { class: 'desk-record-toolbar', role: 'toolbar', 'aria-label': label || title }, h('h1', {}, title));
    var actions = h('div', { class: 'desk-actions' });
    buttons.forEach(function (name) {
      actions.append(h('button', { type: 'button', 'data-desk-action': name }, name));
    });
    bar.append(actions);
    return bar;
  }

  function contactPage(route, id, tab) {
    var contact = data.contacts.find(function (c) {
      return c.id === id;
    });
    if (!contact) return [toolbar('Contact not found', []), h('p', {}, 'This contact does not exist in this portal.')];
    var tabs = h('div', { role: 'tablist', class: 'desk-tabs' });
    [
      ['', 'Overview'],
      ['tickets', 'Tickets'],
      ['history', 'History'],
    ].forEach(function (pair) {
      var a = link(contactUrl(route, id, pair[0]), pair[1], { role: 'tab', 'aria-selected': String((tab || '') === pair[0]) });
      tabs.append(a);
    });
    var body =
      tab === 'tickets'
        ? h('p', {}, 'No open tickets.')
        : tab === 'history'
          ? h('p', {}, 'No history yet.')
          : h('dl', { class: 'desk-fields' }, h('dt', {}, 'Name'), h('dd', { 'data-field': 'name' }, displayName(contact)), h('dt', {}, 'Email'), h('dd', { 'data-field': 'email' }, contact.email || '—'), h('dt', {}, 'Account'), h('dd', { 'data-field': 'account' }, accountOf(contact.accountId) ? link(accountUrl(route, contact.accountId), accountOf(contact.accountId).accountName) : '—'));
    return [toolbar(displayName(contact), ['Edit', 'More actions'], 'Contact actions'), tabs, body];
  }

  function contactList(route) {
    var rows = h('tbody', {});
    data.contacts.forEach(function (contact) {
      rows.append(h('tr', {}, h('td', {}, link(contactUrl(route, contact.id), displayName(contact))), h('td', {}, contact.email || '—')));
    });
    return [toolbar('Contacts', ['New contact']), h('table', { class: 'desk-table' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Email'))), rows)];
  }

  function ticketList(route) {
    var list = h('ul', {});
    data.ticketIds.forEach(function (id) {
      list.append(h('li', {}, link(inDepartment(route, '/tickets/details/' + encodeURIComponent(id)), 'Ticket #' + id)));
    });
    return [toolbar('Tickets', ['New ticket']), list];
  }

  function main(route) {
    var s = route.segments;
    if (s[0] === 'contacts' && s[1] === 'details' && s[2]) return contactPage(route, s[2], s[3]);
    if (s[0] === 'contacts') return contactList(route);
    if (s[0] === 'accounts' && s[1] === 'details' && s[2]) return accountPage(route, s[2]);
    if (s[0] === 'tickets' && s[1] === 'details' && s[2]) return [toolbar('Ticket #' + s[2], ['Reply', 'Edit', 'More actions'], 'Ticket actions'), h('p', {}, 'Ticket conversation.')];
    if (s[0] === 'tickets') return ticketList(route);
    if (s[0] === 'setup') return [toolbar('Setup', []), h('p', {}, 'Portal settings.')];
    return [toolbar('Home', []), h('p', {}, 'Welcome to ' + data.companyName + '.')];
  }

  function moduleOf(route) {
    return route.segments[0] || 'home';
  }

  /** Desk's top bar: its controls sit at the right edge, the last of them the agent's avatar (the profile menu). */
  function topbar() {
    var actions = h('span', { class: 'desk-topbar-actions' });
    actions.append(
      h('button', { type: 'button', 'data-desk-action': 'Search' }, 'Search'),
      h('button', { type: 'button', 'data-desk-action': 'New Ticket' }, 'New Ticket'),
      h('button', { type: 'button', class: 'desk-icon', 'aria-label': 'Notifications', 'data-desk-action': 'Notifications' }, '\u{1F514}'),
      h('button', { type: 'button', class: 'desk-icon desk-avatar', 'aria-label': 'Profile', 'aria-haspopup': 'menu', 'data-desk-action': 'Profile' }, 'AG'),
    );
    return h('header', { class: 'desk-topbar', role: 'banner' }, h('span', { class: 'desk-logo' }, 'Desk'), h('span', { class: 'desk-company' }, data.companyName), actions);
  }

  var renderedModule = null;

  function render() {
    var route = parse();
    if (renderedModule !== null && moduleOf(route) !== renderedModule) return rebuild('body');
    renderedModule = moduleOf(route);
    var content = main(route);
    var title = content[0].querySelector('h1').textContent;
    document.title = title + ' - ' + data.companyName + ' - Zoho Desk';
    var notes = h('section', { id: 'notes', class: location.hash === '#notes' ? 'desk-notes active' : 'desk-notes' }, h('h2', {}, 'Notes'), h('p', {}, 'Hash: ' + (location.hash || '(none)')));
    var record = h('div', { class: 'desk-record' }, content[0], h('div', { class: 'desk-record-body' }));
    content.slice(1).forEach(function (node) {
      record.lastChild.append(node);
    });
    record.lastChild.append(notes);
    var app = document.getElementById('desk-app');
    app.replaceChildren(topbar(), modules(route), h('main', { class: 'desk-main' }, nav(route), record));
    window.__deskRenders = (window.__deskRenders || 0) + 1;
  }

  // Desk's framework on a module switch: a new <body> holding only what it renders itself, so every node
  // anybody else put into the body is gone. 'document' goes further, as a framework that re-renders its whole
  // document shell would: nodes of others directly under <html> and in <head> go too.
  var deskHead = new WeakSet(Array.prototype.slice.call(document.head.childNodes));
  var rebuilds = 0;
  function rebuild(scope) {
    var fresh = h('body', {}, h('div', { id: 'desk-app' }));
    document.documentElement.replaceChild(fresh, document.body);
    if (scope === 'document') {
      Array.prototype.slice.call(document.documentElement.childNodes).forEach(function (node) {
        if (node !== document.head && node !== fresh) node.remove();
      });
      Array.prototype.slice.call(document.head.childNodes).forEach(function (node) {
        if (!deskHead.has(node)) node.remove();
      });
    }
    rebuilds += 1;
    renderedModule = null;
    render();
  }
  // The page's hook for tests and the bench: rebuild as a module switch does, and count the rebuilds.
  window.deskFramework = {
    rebuild: function (scope) {
      rebuild(scope === 'document' ? 'document' : 'body');
    },
    rebuilds: function () {
      return rebuilds;
    },
  };

  // Desk's router: same-origin links under /agent/ change the URL with the History API, no reload.
  document.addEventListener('click', function (event) {
    var a = event.target instanceof Element ? event.target.closest('a[data-router]') : null;
    if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    var href = a.getAttribute('href');
    if (a.getAttribute('data-router') === 'replace') history.replaceState({}, '', href);
    else history.pushState({}, '', href);
    render();
  });
  window.addEventListener('popstate', render);
  window.addEventListener('hashchange', render);
  render();
})();
