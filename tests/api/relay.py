"""A TCP relay to a Neo4j server that a test can cut and restore, and that sees what clients send."""
import socket
import threading


class Relay:
    """A TCP relay on a fixed local port to a Neo4j server; `cut` closes the port and every
    connection through it, as a dead server would; `restore` opens the port again."""

    def __init__(self, target: str):
        self.target = tuple(target.rsplit("/", 1)[1].rsplit(":", 1))
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.uri = f"bolt://127.0.0.1:{self.port}"
        self.sockets: list[socket.socket] = []
        self.listener: socket.socket | None = None
        self.sent = bytearray()  # what clients sent through the relay

    def restore(self) -> None:
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen()
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self) -> None:
        for s in [self.listener, *self.sockets]:  # shutdown first: it wakes a thread blocked on the socket
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
        self.sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection((self.target[0], int(self.target[1])))
            self.sockets += [client, server]
            for a, b, seen in ((client, server, self.sent), (server, client, None)):
                threading.Thread(target=self._pipe, args=(a, b, seen), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket, seen: bytearray | None) -> None:
        try:
            while data := a.recv(65536):
                if seen is not None:
                    seen += data
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
