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

  function retentionBars(res, metrics, i) {
    var c = chart('retention-chart-' + i);
    if (!c) { return; }
    var rows = res.rows;
    var m = metrics.length;
    var series = [];
    metrics.forEach(function (name, k) {
      series.push({ name: name, type: 'bar', barGap: '0%', barCategoryGap: '30%',
        data: rows.map(function (r) { return mean(r.retention[name]); }) });
      series.push({ name: name, type: 'custom', z: 10, tooltip: { show: false },
        data: rows.map(function (r, i) {
          var s = r.retention[name];
          var mu = mean(s);
          return mu === null ? [i, null, null] : [i, mu - s.std, mu + s.std];
        }),
        encode: { x: 0, y: [1, 2] },
        renderItem: function (params, api) {
          if (api.value(1) === null || isNaN(api.value(1))) { return null; }
          var lo = api.coord([api.value(0), api.value(1)]);
          var hi = api.coord([api.value(0), api.value(2)]);
          var band = api.size([1, 0])[0];
          var w = 0.7 * band / m;
          var x = lo[0] - 0.35 * band + w * (k + 0.5);
          var cap = Math.min(6, w / 3);
          var style = { stroke: '#333', lineWidth: 1.2 };
          return { type: 'group', children: [
            { type: 'line', shape: { x1: x, y1: lo[1], x2: x, y2: hi[1] }, style: style },
            { type: 'line', shape: { x1: x - cap, y1: lo[1], x2: x + cap, y2: lo[1] }, style: style },
            { type: 'line', shape: { x1: x - cap, y1: hi[1], x2: x + cap, y2: hi[1] }, style: style }] };
        } });
    });
    c.setOption({ animation: false, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: metrics }, grid: { left: 60, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: rows.map(function (r) { return r.name; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: 'retention %' }, series: series });
  }

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
      (byFamily[f] = byFamily[f] || []).push([r.budget, relative(r, metrics)]);
    });
    var series = Object.keys(byFamily).map(function (f) {
      return { name: f, type: 'line', symbolSize: 8,
        data: byFamily[f].sort(function (a, b) { return a[0] - b[0]; }) };
    });
    c.setOption({ animation: false, tooltip: { trigger: 'item' }, legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 50 },
      xAxis: { type: 'value', scale: true, name: 'budget (samples)', nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', scale: true, name: 'mean retention %' }, series: series });
  }

  function timeVsRetention(res, metrics, i) {
    var c = chart('time-chart-' + i);
    if (!c) { return; }
    var series = res.rows.map(function (r) {
      var seconds = r.trainSeconds + (r.selectionSeconds || 0);
      return { name: r.name, type: 'scatter', symbolSize: 14,
        label: { show: true, position: 'right', formatter: r.name },
        data: [[seconds, relative(r, metrics)]] };
    });
    c.setOption({ animation: false, tooltip: { trigger: 'item' }, legend: { top: 0, type: 'scroll' },
      grid: { left: 60, right: 40, top: 40, bottom: 50 },
      xAxis: { type: 'value', name: 'selection + training seconds (mean per run)', nameLocation: 'middle',
        nameGap: 30 },
      yAxis: { type: 'value', scale: true, name: 'mean retention %' }, series: series });
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
