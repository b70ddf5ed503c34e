// SPDX-License-Identifier: GPL-3.0-or-later
// Reads vector tiles with Mapbox's own reader (@mapbox/vector-tile, pbf) and prints, per
// tile and layer, the features' types, their geometry part counts and names, as JSON:
// the independent answer tst_vectortile compares its decoder with.
// usage: node count-features.js NODE_MODULES TILE.pbf...
const path = require('path');
const fs = require('fs');
const modules = process.argv[2];
const { VectorTile } = require(path.join(modules, '@mapbox/vector-tile'));
const Pbf = require(path.join(modules, 'pbf'));

const out = {};
for (const file of process.argv.slice(3)) {
    const tile = new VectorTile(new Pbf(fs.readFileSync(file)));
    const layers = {};
    for (const name of Object.keys(tile.layers)) {
        const layer = tile.layers[name];
        const features = [];
        for (let i = 0; i < layer.length; ++i) {
            const f = layer.feature(i);
            features.push([f.type, f.loadGeometry().length, f.properties['name:latin'] || f.properties.name || '']);
        }
        layers[name] = { extent: layer.extent, features };
    }
    out[file] = layers;
}
process.stdout.write(JSON.stringify(out));
