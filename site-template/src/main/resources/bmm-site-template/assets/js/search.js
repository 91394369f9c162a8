// Placeholder until the Spanish search lands.
