// The viewer of a view's diagram: the drawing sits in its own scrolling region, sized by its
// width and height attributes, so the browser's own scrolling pans it (wheel, one finger,
// scrollbars), follows focused boxes and keeps the page from scrolling sideways. This script adds
// zoom (buttons, + − 1 0, Ctrl + wheel, pinch), arrow keys and mouse drag, and says the zoom in
// a status line. Pan/zoom libraries move the drawing with CSS transforms instead, which the
// browser's scrolling and focus do not follow.
(function () {
  'use strict';

  var LEVELS = [0.1, 0.15, 0.2, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.25, 1.5, 2, 3, 4];
  var SMALLEST = LEVELS[0];
  var LARGEST = LEVELS[LEVELS.length - 1];
  var ARROW_STEP = 60;
  var DRAG_THRESHOLD = 4;
  var WHEEL_RATE = 0.002;
  var FOCUS_MARGIN = 16;

  function Viewer(root) {
    this.root = root;
    this.scroller = root.querySelector('.bmm-diagram-scroll');
    this.status = root.querySelector('.bmm-diagram-zoom');
    this.fitted = true;
    this.scale = 1;
    this.drag = null;
    this.pinch = null;
  }

  /** The drawing the stylesheet shows now: the narrow one on a phone at fit, else the model's. */
  Viewer.prototype.drawing = function () {
    var drawings = this.scroller.querySelectorAll('svg.bmm-diagram-svg');
    for (var i = 0; i < drawings.length; i++) {
      if (getComputedStyle(drawings[i]).display !== 'none') {
        return drawings[i];
      }
    }
    return drawings[0];
  };

  Viewer.prototype.wide = function () {
    return this.scroller.querySelector('svg.bmm-diagram-wide, svg.bmm-diagram-only');
  };

  /** The scale at which a drawing fills the region's width, never above 1:1. */
  Viewer.prototype.fitScale = function (svg) {
    var width = svg.viewBox.baseVal.width;
    return width > 0 ? Math.min(1, this.scroller.clientWidth / width) : 1;
  };

  /** Sizes the shown drawing at the scale; the point of the region at (x, y) stays where it was. */
  Viewer.prototype.show = function (scale, x, y) {
    var scroller = this.scroller;
    var beforeWidth = Math.max(1, scroller.scrollWidth);
    var beforeHeight = Math.max(1, scroller.scrollHeight);
    var fractionX = (scroller.scrollLeft + x) / beforeWidth;
    var fractionY = (scroller.scrollTop + y) / beforeHeight;
    this.root.classList.toggle('is-zoomed', !this.fitted);
    var svg = this.drawing();
    this.scale = scale;
    svg.setAttribute('width', String(Math.round(svg.viewBox.baseVal.width * scale)));
    svg.setAttribute('height', String(Math.round(svg.viewBox.baseVal.height * scale)));
    scroller.scrollLeft = fractionX * scroller.scrollWidth - x;
    scroller.scrollTop = fractionY * scroller.scrollHeight - y;
    this.announce();
  };

  Viewer.prototype.announce = function () {
    // The words come from the page (data-* of the status line), in the site's language.
    var words = this.status.dataset;
    var text = words.zoom.replace('{0}', String(Math.round(this.scale * 100)));
    if (this.fitted) {
      text += ' ' + words.fitted;
    } else if (this.scale === 1) {
      text += ' ' + words.actual;
    }
    if (this.status.textContent !== text) {
      this.status.textContent = text;
    }
  };

  Viewer.prototype.fit = function () {
    if (this.scroller.clientWidth === 0) {
      return; // inside a closed <details>: fitted when it opens
    }
    this.fitted = true;
    this.root.classList.remove('is-zoomed');
    var svg = this.drawing();
    this.show(this.fitScale(svg), 0, 0);
    // A vertical scrollbar, once the drawing is sized, narrows the region: fit again to its new width.
    if (this.scroller.scrollWidth > this.scroller.clientWidth) {
      this.show(this.fitScale(svg), 0, 0);
    }
    this.scroller.scrollLeft = 0;
    this.scroller.scrollTop = 0;
  };

  /** Zooms to a scale, keeping the point (x, y) of the region in place (its middle by default). */
  Viewer.prototype.zoomTo = function (scale, x, y) {
    var bounded = Math.max(Math.min(SMALLEST, this.fitScale(this.wide())), Math.min(LARGEST, scale));
    if (x === undefined) {
      x = this.scroller.clientWidth / 2;
      y = this.scroller.clientHeight / 2;
    }
    this.fitted = false;
    this.show(bounded, x, y);
  };

  /** The current scale in terms of the model's drawing, which zooming shows. */
  Viewer.prototype.wideScale = function () {
    return this.drawing() === this.wide() ? this.scale : this.fitScale(this.wide());
  };

  Viewer.prototype.step = function (direction) {
    var current = this.wideScale();
    var next = current;
    if (direction > 0) {
      next = LEVELS.find(function (level) { return level > current * 1.001; }) || LARGEST;
    } else {
      var smaller = LEVELS.filter(function (level) { return level < current * 0.999; });
      next = smaller.length ? smaller[smaller.length - 1] : SMALLEST;
    }
    this.zoomTo(next);
  };

  Viewer.prototype.onKey = function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return; // the browser's own zoom and shortcuts
    }
    var inRegion = this.scroller.contains(event.target);
    var handled = true;
    switch (event.key) {
      case '+':
      case '=':
        this.step(1);
        break;
      case '-':
      case '−':
      case '_':
        this.step(-1);
        break;
      case '0':
        this.fit();
        break;
      case '1':
        this.zoomTo(1);
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'ArrowUp':
      case 'ArrowDown':
        handled = inRegion;
        if (inRegion) {
          var dx = event.key === 'ArrowLeft' ? -ARROW_STEP : event.key === 'ArrowRight' ? ARROW_STEP : 0;
          var dy = event.key === 'ArrowUp' ? -ARROW_STEP : event.key === 'ArrowDown' ? ARROW_STEP : 0;
          this.scroller.scrollLeft += dx;
          this.scroller.scrollTop += dy;
        }
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  };

  /** Ctrl + wheel (and a touchpad's pinch, which the browser sends as one) zooms around the pointer; the wheel alone scrolls. */
  Viewer.prototype.onWheel = function (event) {
    if (!event.ctrlKey && !event.metaKey) {
      return;
    }
    event.preventDefault();
    var delta = event.deltaY * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1);
    var current = this.wideScale();
    var next = current * Math.exp(-delta * WHEEL_RATE);
    if ((current < 1 && next > 1) || (current > 1 && next < 1)) {
      next = 1; // stop at the model's own scale on the way
    }
    var box = this.scroller.getBoundingClientRect();
    this.zoomTo(next, event.clientX - box.left, event.clientY - box.top);
  };

  /** A mouse drags the drawing; a click that did not move still follows the box's link. */
  Viewer.prototype.onPointerDown = function (event) {
    if (event.pointerType !== 'mouse' || event.button !== 0) {
      return;
    }
    this.drag = {id: event.pointerId, x: event.clientX, y: event.clientY,
      left: this.scroller.scrollLeft, top: this.scroller.scrollTop, moved: false};
  };

  Viewer.prototype.onPointerMove = function (event) {
    var drag = this.drag;
    if (!drag || drag.id !== event.pointerId) {
      return;
    }
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < DRAG_THRESHOLD) {
      return;
    }
    if (!drag.moved) {
      drag.moved = true;
      this.root.classList.add('is-dragging');
    }
    this.scroller.scrollLeft = drag.left - dx;
    this.scroller.scrollTop = drag.top - dy;
  };

  Viewer.prototype.onPointerUp = function (event) {
    var drag = this.drag;
    if (!drag || drag.id !== event.pointerId) {
      return;
    }
    this.drag = null;
    this.root.classList.remove('is-dragging');
    if (drag.moved) {
      var scroller = this.scroller;
      var swallow = function (click) {
        click.preventDefault();
        click.stopPropagation();
      };
      scroller.addEventListener('click', swallow, {capture: true, once: true});
      setTimeout(function () { scroller.removeEventListener('click', swallow, {capture: true}); }, 0);
    }
  };

  function distance(touches) {
    return Math.hypot(touches[0].clientX - touches[1].clientX, touches[0].clientY - touches[1].clientY);
  }

  /** Two fingers pinch the drawing around their middle; one finger scrolls it natively. */
  Viewer.prototype.onTouchStart = function (event) {
    if (event.touches.length === 2) {
      this.pinch = {distance: Math.max(1, distance(event.touches)), scale: this.wideScale()};
    }
  };

  Viewer.prototype.onTouchMove = function (event) {
    if (!this.pinch || event.touches.length !== 2) {
      return;
    }
    event.preventDefault();
    var box = this.scroller.getBoundingClientRect();
    var x = (event.touches[0].clientX + event.touches[1].clientX) / 2 - box.left;
    var y = (event.touches[0].clientY + event.touches[1].clientY) / 2 - box.top;
    this.zoomTo(this.pinch.scale * distance(event.touches) / this.pinch.distance, x, y);
  };

  Viewer.prototype.onTouchEnd = function (event) {
    if (event.touches.length < 2) {
      this.pinch = null;
    }
  };

  /** A box reached with the keyboard is scrolled into the region's view. */
  Viewer.prototype.onFocusIn = function (event) {
    if (event.target === this.scroller) {
      return;
    }
    var box = event.target.getBoundingClientRect();
    var view = this.scroller.getBoundingClientRect();
    if (box.left < view.left + FOCUS_MARGIN) {
      this.scroller.scrollLeft -= view.left + FOCUS_MARGIN - box.left;
    } else if (box.right > view.right - FOCUS_MARGIN) {
      this.scroller.scrollLeft += Math.min(box.right - view.right + FOCUS_MARGIN, box.left - view.left - FOCUS_MARGIN);
    }
    if (box.top < view.top + FOCUS_MARGIN) {
      this.scroller.scrollTop -= view.top + FOCUS_MARGIN - box.top;
    } else if (box.bottom > view.bottom - FOCUS_MARGIN) {
      this.scroller.scrollTop += Math.min(box.bottom - view.bottom + FOCUS_MARGIN, box.top - view.top - FOCUS_MARGIN);
    }
  };

  Viewer.prototype.start = function () {
    var viewer = this;
    var root = this.root;
    root.querySelector('.bmm-diagram-controls').hidden = false;
    root.querySelector('.bmm-diagram-help').hidden = false;
    root.classList.add('is-active');
    root.querySelectorAll('button[data-zoom]').forEach(function (button) {
      button.addEventListener('click', function () {
        var action = button.getAttribute('data-zoom');
        if (action === 'in') {
          viewer.step(1);
        } else if (action === 'out') {
          viewer.step(-1);
        } else if (action === 'actual') {
          viewer.zoomTo(1);
        } else {
          viewer.fit();
        }
      });
    });
    root.addEventListener('keydown', function (event) { viewer.onKey(event); });
    var scroller = this.scroller;
    scroller.addEventListener('wheel', function (event) { viewer.onWheel(event); }, {passive: false});
    scroller.addEventListener('pointerdown', function (event) { viewer.onPointerDown(event); });
    // A drag may leave the region: follow the pointer wherever it goes.
    window.addEventListener('pointermove', function (event) { viewer.onPointerMove(event); });
    window.addEventListener('pointerup', function (event) { viewer.onPointerUp(event); });
    window.addEventListener('pointercancel', function (event) { viewer.onPointerUp(event); });
    // Links are dragged out of the page by default; here a drag pans the drawing.
    scroller.addEventListener('dragstart', function (event) { event.preventDefault(); });
    scroller.addEventListener('touchstart', function (event) { viewer.onTouchStart(event); }, {passive: true});
    scroller.addEventListener('touchmove', function (event) { viewer.onTouchMove(event); }, {passive: false});
    scroller.addEventListener('touchend', function (event) { viewer.onTouchEnd(event); });
    scroller.addEventListener('focusin', function (event) { viewer.onFocusIn(event); });
    var details = root.closest('details');
    if (details) {
      details.addEventListener('toggle', function () {
        if (details.open && viewer.fitted) {
          viewer.fit();
        }
      });
    }
    var pending = false;
    window.addEventListener('resize', function () {
      if (viewer.fitted && !pending) {
        pending = true;
        requestAnimationFrame(function () {
          pending = false;
          viewer.fit();
        });
      }
    });
    this.fit();
  };

  document.querySelectorAll('.bmm-diagram-viewer').forEach(function (root) {
    new Viewer(root).start();
  });
}());
