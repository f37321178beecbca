#!/bin/sh
# example
set -e
xenstore-rm '/libxl/1/device/console/1' 2>/dev/null || :
xenstore-rm '/local/domain/1/device/console/1' 2>/dev/null || :
xenstore-rm '/local/domain/0/backend/console/1/1' 2>/dev/null || :
xenstore-rm '/libxl/1/device/console/2' 2>/dev/null || :
xenstore-rm '/local/domain/1/device/console/2' 2>/dev/null || :
xenstore-rm '/local/domain/0/backend/console/1/2' 2>/dev/null || :
xenstore-write '/libxl/1/device/console/1/frontend' '/local/domain/1/device/console/1'
xenstore-write '/libxl/1/device/console/1/backend' '/local/domain/0/backend/console/1/1'
xenstore-write '/local/domain/1/device/console/1' ''
xenstore-chmod '/local/domain/1/device/console/1' n1 r0
xenstore-write '/local/domain/1/device/console/1/backend' '/local/domain/0/backend/console/1/1'
xenstore-write '/local/domain/1/device/console/1/backend-id' '0'
xenstore-chmod '/local/domain/1/device/console/1/backend-id' n1 r0
xenstore-write '/local/domain/1/device/console/1/state' '1'
xenstore-chmod '/local/domain/1/device/console/1/state' n1 r0
xenstore-write '/local/domain/1/device/console/1/protocol' 'vt100'
xenstore-chmod '/local/domain/1/device/console/1/protocol' n1 r0
xenstore-write '/local/domain/1/device/console/1/name' 'org.example.cloud.agent.0'
xenstore-chmod '/local/domain/1/device/console/1/name' n0 r1
xenstore-write '/local/domain/1/device/console/1/limit' '1048576'
xenstore-chmod '/local/domain/1/device/console/1/limit' n0 r1
xenstore-write '/local/domain/1/device/console/1/type' 'ioemu'
xenstore-chmod '/local/domain/1/device/console/1/type' n0 r1
xenstore-write '/local/domain/1/device/console/1/output' 'chardev:libxl-channel1'
xenstore-chmod '/local/domain/1/device/console/1/output' n0 r1
xenstore-write '/local/domain/1/device/console/1/tty' ''
xenstore-chmod '/local/domain/1/device/console/1/tty' n0 r1
xenstore-write '/local/domain/0/backend/console/1/1' ''
xenstore-chmod '/local/domain/0/backend/console/1/1' n0 r1
xenstore-write '/local/domain/0/backend/console/1/1/frontend' '/local/domain/1/device/console/1'
xenstore-write '/local/domain/0/backend/console/1/1/frontend-id' '1'
xenstore-write '/local/domain/0/backend/console/1/1/online' '1'
xenstore-write '/local/domain/0/backend/console/1/1/state' '1'
xenstore-write '/local/domain/0/backend/console/1/1/protocol' 'vt100'
xenstore-write '/local/domain/0/backend/console/1/1/name' 'org.example.cloud.agent.0'
xenstore-write '/local/domain/0/backend/console/1/1/connection' 'socket'
xenstore-write '/local/domain/0/backend/console/1/1/path' '/run/xen/web-01-agent.sock'
xenstore-write '/libxl/1/device/console/1/frontend-id' '1'
xenstore-write '/libxl/1/device/console/1/online' '1'
xenstore-write '/libxl/1/device/console/1/state' '1'
xenstore-write '/libxl/1/device/console/1/protocol' 'vt100'
xenstore-write '/libxl/1/device/console/1/name' 'org.example.cloud.agent.0'
xenstore-write '/libxl/1/device/console/1/connection' 'socket'
xenstore-write '/libxl/1/device/console/1/path' '/run/xen/web-01-agent.sock'
xenstore-write '/libxl/1/device/console/2/frontend' '/local/domain/1/device/console/2'
xenstore-write '/libxl/1/device/console/2/backend' '/local/domain/0/backend/console/1/2'
xenstore-write '/local/domain/1/device/console/2' ''
xenstore-chmod '/local/domain/1/device/console/2' n1 r0
xenstore-write '/local/domain/1/device/console/2/backend' '/local/domain/0/backend/console/1/2'
xenstore-write '/local/domain/1/device/console/2/backend-id' '0'
xenstore-chmod '/local/domain/1/device/console/2/backend-id' n1 r0
xenstore-write '/local/domain/1/device/console/2/state' '1'
xenstore-chmod '/local/domain/1/device/console/2/state' n1 r0
xenstore-write '/local/domain/1/device/console/2/protocol' 'vt100'
xenstore-chmod '/local/domain/1/device/console/2/protocol' n1 r0
xenstore-write '/local/domain/1/device/console/2/name' 'org.xenproject.guest.clipboard.0.1'
xenstore-chmod '/local/domain/1/device/console/2/name' n0 r1
xenstore-write '/local/domain/1/device/console/2/limit' '1048576'
xenstore-chmod '/local/domain/1/device/console/2/limit' n0 r1
xenstore-write '/local/domain/1/device/console/2/type' 'ioemu'
xenstore-chmod '/local/domain/1/device/console/2/type' n0 r1
xenstore-write '/local/domain/1/device/console/2/output' 'pty'
xenstore-chmod '/local/domain/1/device/console/2/output' n0 r1
xenstore-write '/local/domain/1/device/console/2/tty' ''
xenstore-chmod '/local/domain/1/device/console/2/tty' n0 r1
xenstore-write '/local/domain/0/backend/console/1/2' ''
xenstore-chmod '/local/domain/0/backend/console/1/2' n0 r1
xenstore-write '/local/domain/0/backend/console/1/2/frontend' '/local/domain/1/device/console/2'
xenstore-write '/local/domain/0/backend/console/1/2/frontend-id' '1'
xenstore-write '/local/domain/0/backend/console/1/2/online' '1'
xenstore-write '/local/domain/0/backend/console/1/2/state' '1'
xenstore-write '/local/domain/0/backend/console/1/2/protocol' 'vt100'
xenstore-write '/local/domain/0/backend/console/1/2/name' 'org.xenproject.guest.clipboard.0.1'
xenstore-write '/local/domain/0/backend/console/1/2/connection' 'pty'
xenstore-write '/libxl/1/device/console/2/frontend-id' '1'
xenstore-write '/libxl/1/device/console/2/online' '1'
xenstore-write '/libxl/1/device/console/2/state' '1'
xenstore-write '/libxl/1/device/console/2/protocol' 'vt100'
xenstore-write '/libxl/1/device/console/2/name' 'org.xenproject.guest.clipboard.0.1'
xenstore-write '/libxl/1/device/console/2/connection' 'pty'
