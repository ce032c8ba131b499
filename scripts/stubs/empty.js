// Stands in for optional dev-only packages (react-devtools-core, ws) in the bundle.
export default {};
