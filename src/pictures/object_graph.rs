//! objgraph's reference graphs as SVG.
