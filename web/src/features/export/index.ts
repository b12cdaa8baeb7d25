// Exports of what the map shows: CSV of the selection and a download helper (the PNG comes from Cytoscape).
export { downloadBlob } from './download.js';
export { exportFileName, selectionToCsv } from './to-csv.js';
