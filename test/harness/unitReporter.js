// Reporter for the plain-Node unit tier (`mocha --reporter test/harness/unitReporter.js`).
'use strict';
module.exports = require('./countingReporter')(require('mocha'));
