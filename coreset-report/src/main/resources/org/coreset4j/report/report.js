// Draws the report's charts from the JSON embedded in the page (element #report-data).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var charts = [];

  function chart(id) {
    var el = document.getElementById(id);
    if (!el) {
      return null;
    }
    var c = echarts.init(el, null, { renderer: 'canvas' });
    charts.push(c);
    return c;
  }

  function mean(stat) {
    return stat && stat.mean !== null && stat.mean !== undefined ? stat.mean : null;
  }

  // Average retention over the metrics (relative performance), null when none is known.
  function relative(row, metrics) {
    var sum = 0, count = 0;
    metrics.forEach(function (m) {
      var v = mean(row.retention[m]);
      if (v !== null) { sum += v; count++; }
    });
    return count ? sum / count : null;
  }

  function family(name) {
    var at = name.indexOf('@');
    return at < 0 ? name : name.substring(0, at);
  }

  // With several budgets: one group per method, one bar per budget (verdict score, 95% interval).
  function scoreBarsByBudget(c, res, metrics, budgets) {
    var families = [];
    res.rows.forEach(function (r) {
      var f = family(r.name);
      if (r.name !== 'full' && families.indexOf(f) < 0) { families.push(f); }
    });
    var series = [];
    budgets.forEach(function (b, k) {
      var at = families.map(function (f) {
        return res.rows.filter(function (r) { return family(r.name) === f && r.budget === b; })[0];
      });
      var name = (100 * b / res.samples).toFixed(1).replace(/\.0$/, '') + '%';
      series.push({ name: name, type: 'bar', barGap: '0%', barCategoryGap: '25%',
        data: at.map(function (r) { return r ? score(r, metrics).mean : null; }) });
      series.push(errorBars(name, at.map(function (r, x) {
        var s = r ? score(r, metrics) : null;
        return s && s.low !== null ? [x, s.low, s.high] : [x, null, null];
      }), k, budgets.length, 0.75));
    });
    c.setOption({ animation: false, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 }, grid: { left: 60, right: 20, top: 40, bottom: 70 },
      xAxis: { type: 'category', data: families, axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: 'verdict score: retention %', nameLocation: 'middle', nameGap: 40 }, series: series });
  }

  // Whiskers [x, low, high] over bar k of m in each category, the bars filling share fill of it.
  function errorBars(name, data, k, m, fill) {
    return { name: name, type: 'custom', z: 10, tooltip: { show: false }, data: data, encode: { x: 0, y: [1, 2] },
      renderItem: function (params, api) {
        if (api.value(1) === null || isNaN(api.value(1))) { return null; }
        var lo = api.coord([api.value(0), api.value(1)]);
        var hi = api.coord([api.value(0), api.value(2)]);
        var band = api.size([1, 0])[0];
        var w = fill * band / m;
        var x = lo[0] - fill / 2 * band + w * (k + 0.5);
        var cap = Math.min(6, w / 3);
        var style = { stroke: '#333', lineWidth: 1.2 };
        return { type: 'group', children: [
          { type: 'line', shape: { x1: x, y1: lo[1], x2: x, y2: hi[1] }, style: style },
          { type: 'line', shape: { x1: x - cap, y1: lo[1], x2: x + cap, y2: lo[1] }, style: style },
          { type: 'line', shape: { x1: x - cap, y1: hi[1], x2: x + cap, y2: hi[1] }, style: style }] };
      } };
  }

  function retentionBars(res, metrics, i) {
    var c = chart('retention-chart-' + i);
    if (!c) { return; }
    var budgets = [];
    res.rows.forEach(function (r) {
      if (r.name !== 'full' && budgets.indexOf(r.budget) < 0) { budgets.push(r.budget); }
    });
    if (budgets.length > 1) {
      scoreBarsByBudget(c, res, metrics, budgets.sort(function (a, b) { return a - b; }));
      return;
    }
    var rows = res.rows;
    var m = metrics.length;
    var series = [];
    metrics.forEach(function (name, k) {
      series.push({ name: name, type: 'bar', barGap: '0%', barCategoryGap: '30%',
        data: rows.map(function (r) { return mean(r.retention[name]); }) });
      series.push(errorBars(name, rows.map(function (r, x) {
        var st = r.retention[name];
        var mu = mean(st);
        return mu === null ? [x, null, null] : [x, mu - st.std, mu + st.std];
      }), k, m, 0.7));
    });
    c.setOption({ animation: false, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: metrics }, grid: { left: 60, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.name; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: 'retention %' }, series: series });
  }

  // The verdict score of a row (mean retention of the verdict metrics) with its 95% interval.
  function score(row, metrics) {
    var s = row.score;
    if (s && s.mean !== null && s.mean !== undefined) {
      return { mean: s.mean, low: s.low === undefined ? null : s.low, high: s.high === undefined ? null : s.high };
    }
    return { mean: relative(row, metrics), low: null, high: null };
  }

  var PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4',
    '#ea7ccc', '#2f4554', '#c23531', '#61a0a8', '#d48265', '#749f83', '#ca8622', '#bda29a', '#6e7074', '#546570'];
  var VERDICT_SYMBOL = { 'better': 'triangle', 'worse': 'path://M0,0L10,0L5,10Z', 'no difference': 'circle' };

  // Verdict score against budget (% of all samples), one line per method with its 95% band; marks:
  // triangle up better than random at that budget, down worse, circle no difference.
  function retentionVsBudget(res, metrics, i) {
    var rows = res.rows.filter(function (r) { return r.name !== 'full'; });
    var budgets = {};
    rows.forEach(function (r) { budgets[r.budget] = true; });
    if (Object.keys(budgets).length < 2) { return; }
    document.getElementById('budget-section-' + i).style.display = '';
    var c = chart('budget-chart-' + i);
    var byFamily = {};
    rows.forEach(function (r) {
      var f = family(r.name);
      (byFamily[f] = byFamily[f] || []).push(r);
    });
    var series = [];
    var shown = {};
    Object.keys(byFamily).forEach(function (f, n) {
      var color = PALETTE[n % PALETTE.length];
      var points = byFamily[f].sort(function (a, b) { return a.budget - b.budget; });
      var x = function (r) { return 100 * r.budget / res.samples; };
      var verdicts = points.map(function (r) { return r.paired ? r.paired.verdict : null; });
      shown[f] = f === 'random' || verdicts.indexOf('better') >= 0 || f.indexOf('dq-concat') === 0
        || f.indexOf('coincide') === 0;
      series.push({ name: f, type: 'line', z: 3, itemStyle: { color: color }, lineStyle: { color: color },
        data: points.map(function (r, k) {
          var v = verdicts[k];
          return { value: [x(r), score(r, metrics).mean], symbol: VERDICT_SYMBOL[v] || 'emptyCircle',
            symbolSize: v === 'better' || v === 'worse' ? 12 : 7 };
        }) });
      if (points.every(function (r) { return score(r, metrics).low !== null; })) {
        // the band: one polygon (drawn for the first point) along the lower bounds and back along the upper
        series.push({ name: f, type: 'custom', z: 1, silent: true, tooltip: { show: false },
          itemStyle: { color: color }, encode: { x: 0, y: [1, 2] },
          data: points.map(function (r) { var s = score(r, metrics); return [x(r), s.low, s.high]; }),
          renderItem: function (params, api) {
            if (params.dataIndex > 0) { return null; }
            var low = points.map(function (r) { return api.coord([x(r), score(r, metrics).low]); });
            var high = points.map(function (r) { return api.coord([x(r), score(r, metrics).high]); }).reverse();
            return { type: 'polygon', shape: { points: low.concat(high) },
              style: { fill: color, opacity: 0.15 } };
          } });
      }
    });
    c.setOption({ animation: false, tooltip: { trigger: 'item' },
      legend: { top: 0, type: 'scroll', selected: shown, data: Object.keys(byFamily) },
      grid: { left: 60, right: 20, top: 40, bottom: 50 },
      xAxis: { type: 'value', scale: true, name: 'budget (% of all samples)', nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', scale: true, name: 'verdict score: retention %', nameLocation: 'middle', nameGap: 40 }, series: series });
  }

  // Seconds against verdict score, one series per method (its budgets joined by a line).
  function timeVsRetention(res, metrics, i) {
    var c = chart('time-chart-' + i);
    if (!c) { return; }
    var byFamily = {};
    res.rows.forEach(function (r) {
      var f = family(r.name);
      (byFamily[f] = byFamily[f] || []).push(r);
    });
    var series = Object.keys(byFamily).map(function (f) {
      var points = byFamily[f].sort(function (a, b) { return a.budget - b.budget; });
      return { name: f, type: points.length > 1 ? 'line' : 'scatter', symbolSize: points.length > 1 ? 8 : 14,
        label: { show: points.length === 1, position: 'right', formatter: f },
        data: points.map(function (r) {
          return [r.trainSeconds + (r.selectionSeconds || 0), score(r, metrics).mean];
        }) };
    });
    c.setOption({ animation: false, tooltip: { trigger: 'item' }, legend: { top: 0, type: 'scroll' },
      grid: { left: 60, right: 40, top: 40, bottom: 50 },
      xAxis: { type: 'value', name: 'selection + training seconds (mean per run)', nameLocation: 'middle',
        nameGap: 30 },
      yAxis: { type: 'value', scale: true, name: 'verdict score: retention %', nameLocation: 'middle', nameGap: 40 }, series: series });
  }


  function sampleMap(map) {
    var c = chart('map-chart');
    if (!c || !map) { return; }
    var all = map.x.map(function (x, i) { return [x, map.y[i]]; });
    var series = [{ name: 'all samples', type: 'scatter', symbolSize: 3, large: true,
      itemStyle: { color: '#c8c8c8' }, data: all }];
    Object.keys(map.highlights).forEach(function (name) {
      series.push({ name: name, type: 'scatter', symbolSize: 5, large: true,
        data: map.highlights[name].map(function (i) { return all[i]; }) });
    });
    c.setOption({ animation: false, tooltip: { trigger: 'item' }, legend: { top: 0, type: 'scroll' },
      grid: { left: 50, right: 20, top: 40, bottom: 40 },
      xAxis: { type: 'value', scale: true }, yAxis: { type: 'value', scale: true }, series: series });
  }

  function groupSizes(groups) {
    var holder = document.getElementById('group-charts');
    if (!holder) { return; }
    Object.keys(groups).forEach(function (name, g) {
      var div = document.createElement('div');
      div.id = 'group-chart-' + g;
      div.className = 'chart';
      holder.appendChild(div);
      var sizes = groups[name];
      chart(div.id).setOption({ animation: false, title: { text: name, textStyle: { fontSize: 13 } },
        tooltip: { trigger: 'axis' }, grid: { left: 60, right: 20, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: sizes.map(function (s, i) { return i; }), name: 'group' },
        yAxis: { type: 'value', name: 'samples' },
        series: [{ name: name, type: 'bar', data: sizes }] });
    });
  }

  // Stacked bars: the share of each subset (and of the full data) per corruption kind.
  function corruptionBars(table) {
    if (!table) { return; }
    var c = chart('corruption-chart');
    if (!c) { return; }
    var names = table.rows.map(function (r) { return r.method; }).concat(['full data']);
    var series = table.kinds.map(function (kind, k) {
      var data = table.rows.map(function (r) { return r.kept ? 100 * r.counts[k] / r.kept : 0; });
      data.push(table.samples ? 100 * table.full[k] / table.samples : 0);
      return { name: kind, type: 'bar', stack: 'kinds', data: data };
    });
    c.setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 90 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: '% of subset' }, series: series });
  }

  // One section per evaluation; its chart elements end in '-' + its position.
  data.results.forEach(function (res, i) {
    var metrics = res.metrics.map(function (m) { return m.name; });
    retentionBars(res, metrics, i);
    retentionVsBudget(res, metrics, i);
    timeVsRetention(res, metrics, i);
  });
  corruptionBars(data.corruption);
  sampleMap(data.map);
  groupSizes(data.groups || {});
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
