/**
 * The offline HTML report of evaluation results: retention tables, charts drawn by ECharts
 * (inlined from its webjar) and thumbnails of selected samples. The only package that uses
 * ECharts; may depend on evaluation, data and util.
 */
package org.coreset4j.report;
