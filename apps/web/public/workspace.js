// The signed-in pages' helpers; every page works without them. (a) A form marked data-once is posted once, however
// often its button is pressed. (b) Five minutes before the session ends (<body data-session-ends>), a warning offers to
// stay signed in. (c) What is typed into such a form is kept in this tab's sessionStorage, by account and page, so a
// session that ends before the form is sent loses nothing: once logged in again the page fills the empty fields back.
// (d) A date field marked data-local-today that holds the server's today, in UTC, shows the visitor's own today: on a
// US evening, UTC is already tomorrow, and a consent record must not say so.
(function () {
  'use strict';

  var WARN_BEFORE_MS = 5 * 60 * 1000;
  // setTimeout fires at once for longer delays; a page left open that long is reloaded before it matters.
  var MAX_TIMER_MS = 2147483647;
  var DRAFT_PREFIX = 'draft:';
  // Passwords, hidden inputs and the CSRF token are never kept: only what a person types as text.
  var DRAFT_TYPES = ['text', 'email', 'tel', 'url', 'search', 'number', 'date'];

  var body = document.body;
  var sessionEndsAt = Date.parse(body.getAttribute('data-session-ends') || '');
  var draftKey = DRAFT_PREFIX + (body.getAttribute('data-account') || '') + ':' + window.location.pathname;

  function isOnceForm(form) {
    return form instanceof HTMLFormElement && form.hasAttribute('data-once');
  }

  function isDraftField(field) {
    if (!field || !field.id || field.name === '_csrf' || !isOnceForm(field.form)) return false;
    if (field instanceof HTMLTextAreaElement) return true;
    return field instanceof HTMLInputElement && DRAFT_TYPES.indexOf(field.type) >= 0;
  }

  function sessionHasEnded() {
    return !isNaN(sessionEndsAt) && Date.now() >= sessionEndsAt;
  }

  // sessionStorage can be refused (storage disabled, quota): the draft is then simply not kept.
  function readDraft() {
    try {
      return JSON.parse(window.sessionStorage.getItem(draftKey) || '{}') || {};
    } catch (error) {
      return {};
    }
  }

  function writeDraft(draft) {
    try {
      if (Object.keys(draft).length) window.sessionStorage.setItem(draftKey, JSON.stringify(draft));
      else window.sessionStorage.removeItem(draftKey);
    } catch (error) {
      // Not kept; the form itself still works.
    }
  }

  function forgetDraftOf(form) {
    var draft = readDraft();
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.id) delete draft[field.id];
    });
    writeDraft(draft);
  }

  function forgetEveryDraft() {
    try {
      for (var index = window.sessionStorage.length - 1; index >= 0; index--) {
        var key = window.sessionStorage.key(index);
        if (key && key.indexOf(DRAFT_PREFIX) === 0) window.sessionStorage.removeItem(key);
      }
    } catch (error) {
      // Nothing was kept.
    }
  }

  function setSubmitsDisabled(form, disabled) {
    Array.prototype.forEach.call(
      form.querySelectorAll('button[type="submit"], input[type="submit"]'),
      function (button) {
        button.disabled = disabled;
      },
    );
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (new URL(form.action, window.location.href).pathname === '/logout') forgetEveryDraft();
    if (!isOnceForm(form)) return;
    if (form.hasAttribute('data-sent')) {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-sent', '');
    // Disabled only once the browser has read the form: a disabled button would not send its own name and value.
    window.setTimeout(function () {
      setSubmitsDisabled(form, true);
    }, 0);
    // Sent after the session ended, the form only leads to the log-in page: its draft is what brings the text back.
    if (!sessionHasEnded()) forgetDraftOf(form);
  });

  // Back to a page kept in the browser's cache: its forms may be sent again.
  window.addEventListener('pageshow', function (event) {
    if (!event.persisted) return;
    Array.prototype.forEach.call(document.querySelectorAll('form[data-sent]'), function (form) {
      form.removeAttribute('data-sent');
      setSubmitsDisabled(form, false);
    });
  });

  document.addEventListener('input', function (event) {
    var field = event.target;
    if (!isDraftField(field)) return;
    var draft = readDraft();
    if (field.value) draft[field.id] = field.value;
    else delete draft[field.id];
    writeDraft(draft);
  });

  function fromTemplate(id) {
    var template = document.getElementById(id);
    return template instanceof HTMLTemplateElement ? template.content.firstElementChild.cloneNode(true) : null;
  }

  function restoreDraft() {
    var draft = readDraft();
    var filledForms = [];
    Object.keys(draft).forEach(function (id) {
      var field = document.getElementById(id);
      if (!isDraftField(field) || field.value) return;
      field.value = draft[id];
      if (filledForms.indexOf(field.form) < 0) filledForms.push(field.form);
    });
    filledForms.forEach(function (form) {
      var notice = fromTemplate('draft-restored');
      if (notice) form.insertBefore(notice, form.firstChild);
    });
  }

  function warnBeforeSessionEnds() {
    if (isNaN(sessionEndsAt)) return;
    var delay = sessionEndsAt - WARN_BEFORE_MS - Date.now();
    if (delay > MAX_TIMER_MS) return;
    window.setTimeout(
      function () {
        var warning = fromTemplate('session-warning');
        if (!warning) return;
        warning.querySelector('[data-stay-signed-in]').addEventListener('click', function () {
          // A plain GET of this page: the server renews the session before answering, and the draft refills the form.
          window.location.assign(window.location.href);
        });
        body.appendChild(warning);
      },
      Math.max(0, delay),
    );
  }

  function localToday() {
    var now = new Date();
    var twoDigits = function (number) {
      return String(number).padStart(2, '0');
    };
    var utcToday = now.toISOString().slice(0, 10);
    var today = now.getFullYear() + '-' + twoDigits(now.getMonth() + 1) + '-' + twoDigits(now.getDate());
    Array.prototype.forEach.call(document.querySelectorAll('input[data-local-today]'), function (field) {
      if (field.value === utcToday) field.value = today;
    });
  }

  localToday();
  restoreDraft();
  warnBeforeSessionEnds();
})();
