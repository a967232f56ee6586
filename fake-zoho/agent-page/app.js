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
    item(link(base + '/setup', 'Setup'));
    item(h('a', { href: '#notes' }, 'Notes (hash link)'));
    var last = data.contacts[data.contacts.length - 1];
    if (last) item(link(contactUrl(route, last.id), 'Last contact (replaceState)', { 'data-router': 'replace' }));
    return h('nav', { 'aria-label': 'Desk navigation', class: 'desk-nav' }, list);
  }

  function toolbar(title, buttons) {
    var bar = h('div', { class: 'desk-toolbar' }, h('h1', {}, title));
    var actions = h('div', { class: 'desk-actions' });
    buttons.forEach(function (label) {
      actions.append(h('button', { type: 'button', 'data-desk-action': label }, label));
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
          : h('dl', { class: 'desk-fields' }, h('dt', {}, 'Name'), h('dd', { 'data-field': 'name' }, displayName(contact)), h('dt', {}, 'Email'), h('dd', { 'data-field': 'email' }, contact.email || '—'));
    return [toolbar(displayName(contact), ['Edit', 'More']), tabs, body];
  }

  function contactList(route) {
    var rows = h('tbody', {});
    data.contacts.forEach(function (contact) {
      rows.append(h('tr', {}, h('td', {}, link(contactUrl(route, contact.id), displayName(contact))), h('td', {}, contact.email || '—')));
    });
    return [toolbar('Contacts', ['New contact']), h('table', { class: 'desk-table' }, h('thead', {}, h('tr', {}, h('th', {}, 'Name'), h('th', {}, 'Email'))), rows)];
  }

  function main(route) {
    var s = route.segments;
    if (s[0] === 'contacts' && s[1] === 'details' && s[2]) return contactPage(route, s[2], s[3]);
    if (s[0] === 'contacts') return contactList(route);
    if (s[0] === 'tickets' && s[1] === 'details' && s[2]) return [toolbar('Ticket #' + s[2], ['Edit', 'Reply']), h('p', {}, 'Ticket conversation.')];
    if (s[0] === 'setup') return [toolbar('Setup', []), h('p', {}, 'Portal settings.')];
    return [toolbar('Home', []), h('p', {}, 'Welcome to ' + data.companyName + '.')];
  }

  function render() {
    var route = parse();
    var content = main(route);
    var title = content[0].querySelector('h1').textContent;
    document.title = title + ' - ' + data.companyName + ' - Zoho Desk';
    var notes = h('section', { id: 'notes', class: location.hash === '#notes' ? 'desk-notes active' : 'desk-notes' }, h('h2', {}, 'Notes'), h('p', {}, 'Hash: ' + (location.hash || '(none)')));
    var mainEl = h('main', { class: 'desk-main' });
    content.forEach(function (node) {
      mainEl.append(node);
    });
    mainEl.append(notes);
    var app = document.getElementById('desk-app');
    app.replaceChildren(
      h('header', { class: 'desk-header' }, h('span', { class: 'desk-logo' }, 'Desk'), h('span', { class: 'desk-company' }, data.companyName), h('span', { class: 'desk-header-actions' }, h('button', { type: 'button' }, 'Search'), h('button', { type: 'button' }, 'Profile'))),
      h('div', { class: 'desk-body' }, nav(route), mainEl),
    );
    window.__deskRenders = (window.__deskRenders || 0) + 1;
  }

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
