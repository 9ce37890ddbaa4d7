// "Report a message": a modal <dialog> (focus is trapped and Escape closes it natively);
// focus returns to the Report button that opened it.

const MAX_REASON = 500;

export class ReportDialog {
  constructor({ send }) {
    this.send = send;
    this.dialog = document.getElementById('report-dialog');
    this.form = document.getElementById('report-form');
    this.target = null;
    this.opener = null;
    this.dialog.addEventListener('close', () => this.onClose());
  }

  open(msg, opener) {
    this.target = msg;
    this.opener = opener;
    this.form.reset();
    document.getElementById('report-quote').textContent = `${msg.alias}: ${msg.text}`;
    this.dialog.returnValue = '';
    this.dialog.showModal();
    document.getElementById('report-reason').focus();
  }

  onClose() {
    const msg = this.target;
    if (msg && this.dialog.returnValue === 'send') {
      const reason = this.form.elements.reason;
      const details = this.form.elements.details.value.trim();
      const label = reason.options[reason.selectedIndex].text;
      const text = details ? `${label}: ${details}` : label;
      this.send({
        action: 'report', room: msg.room, message_id: msg.id,
        reason: text.slice(0, MAX_REASON), ref: `report-${msg.id}`.slice(0, 64),
      });
    }
    this.target = null;
    if (this.opener?.isConnected) this.opener.focus();
  }
}
