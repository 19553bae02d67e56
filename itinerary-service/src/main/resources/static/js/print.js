// The itinerary's print button (no inline scripts: the content security policy forbids them).
document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
