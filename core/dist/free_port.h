#pragma once

// A port for a process group's master on this machine; torch-free, so the workbench's GUI side
// may pick one too.

namespace allcnn::dist {

/// A TCP port of 127.0.0.1 that nobody listens on now, from the system (29500 if it will not
/// say). There is a small window before rank 0 binds it; a clash then fails fast with
/// DistCannotListen.
int free_local_port();

}  // namespace allcnn::dist
